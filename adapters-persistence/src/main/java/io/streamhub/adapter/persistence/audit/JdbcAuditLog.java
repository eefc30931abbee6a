package io.streamhub.adapter.persistence.audit;

import io.streamhub.adapter.persistence.GlobalJdbc;
import io.streamhub.adapter.persistence.SqlFilter;
import io.streamhub.application.port.out.AuditLog;
import io.streamhub.domain.audit.AuditActor;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditOutcome;
import io.streamhub.domain.audit.AuditSearch;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
        return jdbc.page("read the audit log", "SELECT id, " + COLUMNS + " FROM audit_log", filterOf(search), "ORDER BY at DESC, id DESC",
                search.limit(), search.offset(), JdbcAuditLog::toEntry);
    }

    @Override
    public long count(AuditSearch search) {
        return jdbc.count("count the audit log", "audit_log", filterOf(search));
    }

    private static SqlFilter filterOf(AuditSearch s) {
        SqlFilter filter = new SqlFilter();
        s.actor().ifPresent(a -> filter.add("(actor_id = ? OR actor_kind || ':' || actor_id = ? OR actor_email = ?)",
                a, a, a.toLowerCase(Locale.ROOT)));
        s.action().ifPresent(a -> filter.add("action = ?", a));
        s.app().ifPresent(a -> filter.add("app = ?", a));
        s.outcome().ifPresent(o -> filter.add("outcome = ?", o.key()));
        s.since().ifPresent(t -> filter.add("at >= ?", t.toEpochMilli()));
        s.until().ifPresent(t -> filter.add("at < ?", t.toEpochMilli()));
        return filter;
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
