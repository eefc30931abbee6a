package io.streamhub.adapter.persistence.log;

import io.streamhub.adapter.persistence.GlobalJdbc;
import io.streamhub.application.port.out.ServerLogStore;
import io.streamhub.domain.log.LogLevel;
import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
        Where where = Where.of(search);
        String sql = "SELECT id, " + COLUMNS + " FROM server_logs" + where.sql + " ORDER BY ts DESC, id DESC LIMIT ? OFFSET ?";
        return jdbc.read("read the server logs", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = where.bind(statement);
                statement.setInt(next, search.limit());
                statement.setInt(next + 1, search.offset());
                List<ServerLogEntry> entries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        entries.add(toEntry(rows));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public long count(ServerLogSearch search) {
        Where where = Where.of(search);
        return jdbc.read("count the server logs", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM server_logs" + where.sql)) {
                where.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
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

    /** The WHERE clause of a search and its parameters, in order. */
    private record Where(String sql, List<Object> params) {
        static Where of(ServerLogSearch s) {
            List<String> clauses = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            s.app().ifPresent(a -> {
                clauses.add("app = ?");
                params.add(a);
            });
            s.level().ifPresent(l -> {
                clauses.add("level_no >= ?");
                params.add(l.severity());
            });
            s.source().ifPresent(src -> {
                clauses.add("(source = ? OR substr(source, 1, ?) = ?)");
                params.add(src);
                params.add(src.length() + 1);
                params.add(src + ".");
            });
            s.text().ifPresent(t -> {
                clauses.add("instr(lower(message), ?) > 0");
                params.add(t.toLowerCase(Locale.ROOT));
            });
            s.since().ifPresent(t -> {
                clauses.add("ts >= ?");
                params.add(t.toEpochMilli());
            });
            s.until().ifPresent(t -> {
                clauses.add("ts < ?");
                params.add(t.toEpochMilli());
            });
            return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
        }

        /** @return the index of the next free parameter */
        int bind(PreparedStatement statement) throws SQLException {
            int i = 1;
            for (Object p : params) {
                statement.setObject(i++, p);
            }
            return i;
        }
    }

    private static ServerLogEntry toEntry(ResultSet r) throws SQLException {
        return new ServerLogEntry(r.getLong("id"), Instant.ofEpochMilli(r.getLong("ts")), LogLevel.parse(r.getString("level")),
                r.getString("source"), Optional.ofNullable(r.getString("app")), r.getString("message"),
                Optional.ofNullable(r.getString("meta_json")));
    }
}
