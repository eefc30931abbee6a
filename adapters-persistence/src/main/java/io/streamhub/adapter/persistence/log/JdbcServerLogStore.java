package io.streamhub.adapter.persistence.log;

import io.streamhub.adapter.persistence.GlobalJdbc;
import io.streamhub.adapter.persistence.SqlFilter;
import io.streamhub.application.port.out.ServerLogStore;
import io.streamhub.domain.log.LogLevel;
import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code server_logs} in the global SQLite store, in plain JDBC on the connection of a Micronaut
 * transaction (the search is a dynamic WHERE). A batch is one transaction. Timestamps are epoch milliseconds.
 */
@Singleton
public class JdbcServerLogStore implements ServerLogStore {
    private static final String COLUMNS = "ts, level, level_no, source, app, message, meta_json";
    private static final String INSERT = "INSERT INTO server_logs (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final GlobalJdbc jdbc;

    JdbcServerLogStore(GlobalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(List<ServerLogEntry> entries) {
        jdbc.write("append " + entries.size() + " server log lines", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                for (ServerLogEntry e : entries) {
                    statement.setLong(1, e.ts().toEpochMilli());
                    statement.setString(2, e.level().key());
                    statement.setInt(3, e.level().severity());
                    statement.setString(4, e.source());
                    statement.setString(5, e.app().orElse(null));
                    statement.setString(6, e.message());
                    statement.setString(7, e.metaJson().orElse(null));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<ServerLogEntry> find(ServerLogSearch search) {
        return jdbc.page("read the server logs", "SELECT id, " + COLUMNS + " FROM server_logs", filterOf(search), "ORDER BY ts DESC, id DESC",
                search.limit(), search.offset(), JdbcServerLogStore::toEntry);
    }

    @Override
    public long count(ServerLogSearch search) {
        return jdbc.count("count the server logs", "server_logs", filterOf(search));
    }

    @Override
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.write("prune the server logs by age", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM server_logs WHERE ts < ?")) {
                statement.setLong(1, cutoff.toEpochMilli());
                return statement.executeUpdate();
            }
        });
    }

    @Override
    public int keepNewest(long keep) {
        return jdbc.write("prune the server logs by count", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM server_logs WHERE id <= (SELECT id FROM server_logs ORDER BY id DESC LIMIT 1 OFFSET ?)")) {
                statement.setLong(1, keep);
                return statement.executeUpdate();
            }
        });
    }

    private static SqlFilter filterOf(ServerLogSearch s) {
        SqlFilter filter = new SqlFilter();
        s.app().ifPresent(a -> filter.add("app = ?", a));
        s.level().ifPresent(l -> filter.add("level_no >= ?", l.severity()));
        s.source().ifPresent(src -> filter.add("(source = ? OR substr(source, 1, ?) = ?)", src, src.length() + 1, src + "."));
        s.text().ifPresent(t -> filter.add("instr(lower(message), ?) > 0", t.toLowerCase(Locale.ROOT)));
        s.since().ifPresent(t -> filter.add("ts >= ?", t.toEpochMilli()));
        s.until().ifPresent(t -> filter.add("ts < ?", t.toEpochMilli()));
        return filter;
    }

    private static ServerLogEntry toEntry(ResultSet r) throws SQLException {
        return new ServerLogEntry(r.getLong("id"), Instant.ofEpochMilli(r.getLong("ts")), LogLevel.parse(r.getString("level")),
                r.getString("source"), Optional.ofNullable(r.getString("app")), r.getString("message"),
                Optional.ofNullable(r.getString("meta_json")));
    }
}
