package io.streamhub.adapter.persistence.audit;

import io.streamhub.adapter.persistence.GlobalJdbc;
import io.streamhub.application.port.out.AuditLog;
import io.streamhub.domain.audit.AuditActor;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditOutcome;
import io.streamhub.domain.audit.AuditSearch;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code audit_log} in the global SQLite store, in plain JDBC on the connection of a Micronaut transaction
 * (the search is a dynamic WHERE). Only INSERT and SELECT statements exist here; the table's triggers refuse
 * UPDATE and DELETE anyway. Called inside another transaction, an append joins it.
 * Timestamps are epoch milliseconds.
 */
@Singleton
public class JdbcAuditLog implements AuditLog {
    private static final String COLUMNS = "at, actor_kind, actor_id, actor_email, action, target_type, target_id, app,"
            + " client_ip, outcome, error_code, method, route, status";
    private static final String INSERT = "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final GlobalJdbc jdbc;

    JdbcAuditLog(GlobalJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditEntry append(AuditEntry e) {
        return jdbc.write("append the audit entry " + e.action(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, e.at().toEpochMilli());
                statement.setString(2, e.actor().kind().key());
                statement.setString(3, e.actor().id());
                statement.setString(4, e.actor().email().orElse(null));
                statement.setString(5, e.action());
                statement.setString(6, e.target().type());
                statement.setString(7, e.target().id().orElse(null));
                statement.setString(8, e.app().orElse(null));
                statement.setString(9, e.clientIp().orElse(null));
                statement.setString(10, e.outcome().key());
                statement.setString(11, e.errorCode().orElse(null));
                statement.setString(12, e.method());
                statement.setString(13, e.route());
                statement.setInt(14, e.status());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return keys.next() ? e.withId(keys.getLong(1)) : e;
                }
            }
        });
    }

    @Override
    public List<AuditEntry> find(AuditSearch search) {
        Where where = Where.of(search);
        String sql = "SELECT id, " + COLUMNS + " FROM audit_log" + where.sql + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";
        return jdbc.read("read the audit log", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = where.bind(statement);
                statement.setInt(next, search.limit());
                statement.setInt(next + 1, search.offset());
                List<AuditEntry> entries = new ArrayList<>();
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
    public long count(AuditSearch search) {
        Where where = Where.of(search);
        return jdbc.read("count the audit log", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM audit_log" + where.sql)) {
                where.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** The WHERE clause of a search and its parameters, in order. */
    private record Where(String sql, List<Object> params) {
        static Where of(AuditSearch s) {
            List<String> clauses = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            s.actor().ifPresent(a -> {
                clauses.add("(actor_id = ? OR actor_kind || ':' || actor_id = ? OR actor_email = ?)");
                params.add(a);
                params.add(a);
                params.add(a.toLowerCase(Locale.ROOT));
            });
            s.action().ifPresent(a -> {
                clauses.add("action = ?");
                params.add(a);
            });
            s.app().ifPresent(a -> {
                clauses.add("app = ?");
                params.add(a);
            });
            s.outcome().ifPresent(o -> {
                clauses.add("outcome = ?");
                params.add(o.key());
            });
            s.since().ifPresent(t -> {
                clauses.add("at >= ?");
                params.add(t.toEpochMilli());
            });
            s.until().ifPresent(t -> {
                clauses.add("at < ?");
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

    private static AuditEntry toEntry(ResultSet r) throws SQLException {
        AuditActor actor = new AuditActor(AuditActor.Kind.parse(r.getString("actor_kind")), r.getString("actor_id"),
                Optional.ofNullable(r.getString("actor_email")));
        String error = r.getString("error_code");
        return new AuditEntry(r.getLong("id"), Instant.ofEpochMilli(r.getLong("at")), actor, r.getString("action"),
                new AuditEntry.Target(r.getString("target_type"), Optional.ofNullable(r.getString("target_id"))),
                Optional.ofNullable(r.getString("app")), Optional.ofNullable(r.getString("client_ip")),
                AuditOutcome.parse(r.getString("outcome")), Optional.ofNullable(error),
                r.getString("method"), r.getString("route"), r.getInt("status"));
    }
}
