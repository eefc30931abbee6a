package io.streamhub.adapter.persistence.callback;

import io.streamhub.adapter.persistence.SqlFilter;
import io.streamhub.adapter.persistence.files.AppDatabases;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The outbox and the endpoints in the app's own database (tables of migration V3). Writes join the
 * caller's app transaction when there is one ({@link AppDatabases#inTransaction}); an app without a
 * database has no endpoints and no deliveries. Timestamps are epoch milliseconds.
 */
@Singleton
public class SqliteCallbackStore implements CallbackStore {
    private static final String DELIVERY_COLUMNS = "d.id, e.id AS event_id, d.endpoint_id, d.status, d.attempts, d.next_attempt_at,"
            + " d.retry_from, d.created_at, d.last_status, d.last_error";
    private static final String EVENT_COLUMNS = "e.event, e.room, e.created_at AS event_at, e.body";
    private static final String FROM = " FROM callback_deliveries d JOIN callback_events e ON e.seq = d.event_seq";

    private final AppDatabases databases;

    SqliteCallbackStore(AppDatabases databases) {
        this.databases = databases;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    @Override
    public List<CallbackEndpoint> endpoints(AppName app) {
        return query(app, "SELECT * FROM callback_endpoints ORDER BY created_at, id", s -> { }, SqliteCallbackStore::endpoint);
    }

    @Override
    public Optional<CallbackEndpoint> endpoint(AppName app, String id) {
        return query(app, "SELECT * FROM callback_endpoints WHERE id = ?", s -> s.setString(1, id), SqliteCallbackStore::endpoint)
                .stream().findFirst();
    }

    @Override
    public void saveEndpoint(AppName app, CallbackEndpoint e) {
        update(app, "INSERT INTO callback_endpoints (id, url, events_json, enabled, description, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT(id) DO UPDATE SET url = excluded.url, events_json = excluded.events_json,"
                + " enabled = excluded.enabled, description = excluded.description", s -> {
                    s.setString(1, e.id());
                    s.setString(2, e.url());
                    s.setString(3, e.events().stream().sorted().map(n -> "\"" + n + "\"").collect(Collectors.joining(",", "[", "]")));
                    s.setInt(4, e.enabled() ? 1 : 0);
                    s.setString(5, e.description());
                    s.setLong(6, e.createdAt().toEpochMilli());
                });
    }

    @Override
    public boolean deleteEndpoint(AppName app, String id) {
        if (databases.existing(app).isEmpty()) {
            return false;
        }
        return databases.inTransaction(app, () -> {
            update(app, "DELETE FROM callback_deliveries WHERE endpoint_id = ?", s -> s.setString(1, id));
            deleteOrphanEvents(app);
            return update(app, "DELETE FROM callback_endpoints WHERE id = ?", s -> s.setString(1, id)) > 0;
        });
    }

    @Override
    public void enqueue(AppName app, OutboxEvent event, List<Delivery> deliveries) {
        databases.inTransaction(app, () -> {
            update(app, "INSERT INTO callback_events (id, event, room, created_at, body) VALUES (?, ?, ?, ?, ?)", s -> {
                s.setString(1, event.id());
                s.setString(2, event.event());
                s.setString(3, event.room().orElse(null));
                s.setLong(4, event.ts().toEpochMilli());
                s.setString(5, event.body());
            });
            for (Delivery d : deliveries) {
                update(app, "INSERT INTO callback_deliveries (id, event_seq, endpoint_id, status, attempts, next_attempt_at,"
                        + " retry_from, created_at, last_status, last_error)"
                        + " VALUES (?, (SELECT seq FROM callback_events WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                            s.setString(1, d.id());
                            s.setString(2, d.eventId());
                            s.setString(3, d.endpointId());
                            bindState(s, 4, d);
                            s.setLong(8, d.createdAt().toEpochMilli());
                            bindOutcome(s, 9, d);
                        });
            }
            return null;
        });
    }

    @Override
    public List<Due> due(AppName app, Instant now, Set<String> endpointIds) {
        // per endpoint, walks its pending deliveries in order (index endpoint_id, status, seq) to the first due one
        List<Due> due = new ArrayList<>();
        for (String endpoint : endpointIds) {
            due.addAll(query(app, "SELECT " + DELIVERY_COLUMNS + ", " + EVENT_COLUMNS + FROM
                            + " WHERE d.endpoint_id = ? AND d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.seq LIMIT 1",
                    s -> {
                        s.setString(1, endpoint);
                        s.setLong(2, now.toEpochMilli());
                    }, row -> new Due(delivery(row), new OutboxEvent(row.getString("event_id"), row.getString("event"),
                            Optional.ofNullable(row.getString("room")), Instant.ofEpochMilli(row.getLong("event_at")), row.getString("body")))));
        }
        due.sort(java.util.Comparator.comparing(d -> d.delivery().createdAt()));
        return due;
    }

    @Override
    public void recordAttempt(AppName app, Delivery after, Delivery.Attempt attempt) {
        databases.inTransaction(app, () -> {
            update(app, "INSERT INTO callback_attempts (delivery_seq, attempt, at, status_code, latency_ms, error)"
                    + " VALUES ((SELECT seq FROM callback_deliveries WHERE id = ?), ?, ?, ?, ?, ?)", s -> {
                        s.setString(1, after.id());
                        s.setInt(2, attempt.number());
                        s.setLong(3, attempt.at().toEpochMilli());
                        setInt(s, 4, attempt.statusCode());
                        s.setLong(5, Math.max(0, attempt.latencyMillis()));
                        s.setString(6, attempt.error().orElse(null));
                    });
            update(app, after);
            return null;
        });
    }

    @Override
    public void update(AppName app, Delivery d) {
        update(app, "UPDATE callback_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, retry_from = ?,"
                + " last_status = ?, last_error = ? WHERE id = ?", s -> {
                    bindState(s, 1, d);
                    bindOutcome(s, 5, d);
                    s.setString(7, d.id());
                });
    }

    @Override
    public Optional<Instant> nextDue(AppName app) {
        return query(app, "SELECT MIN(next_attempt_at) FROM callback_deliveries WHERE status = 'pending'",
                s -> { }, row -> {
                    long at = row.getLong(1);
                    return row.wasNull() ? null : Instant.ofEpochMilli(at);
                }).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public DeliveryLog.Page deliveries(AppName app, DeliveryLog.Query q) {
        SqlFilter filter = new SqlFilter();
        q.event().ifPresent(v -> filter.add("e.event = ?", v));
        q.status().ifPresent(v -> filter.add("d.status = ?", v.name().toLowerCase(Locale.ROOT)));
        q.endpointId().ifPresent(v -> filter.add("d.endpoint_id = ?", v));
        q.since().ifPresent(v -> filter.add("d.created_at >= ?", v.toEpochMilli()));
        q.until().ifPresent(v -> filter.add("d.created_at < ?", v.toEpochMilli()));
        long total = query(app, "SELECT COUNT(*)" + FROM + filter.where(), filter::bind, row -> row.getLong(1)).stream().findFirst().orElse(0L);
        List<DeliveryLog.Entry> items = query(app, "SELECT d.seq, " + DELIVERY_COLUMNS + ", " + EVENT_COLUMNS + FROM + filter.where()
                + " ORDER BY d.created_at DESC, d.seq DESC LIMIT ? OFFSET ?", s -> {
                    int next = filter.bind(s);
                    s.setInt(next, q.limit());
                    s.setInt(next + 1, q.offset());
                }, row -> entry(app, row));
        return new DeliveryLog.Page(items, total);
    }

    @Override
    public Optional<DeliveryLog.Entry> delivery(AppName app, String deliveryId) {
        return query(app, "SELECT d.seq, " + DELIVERY_COLUMNS + ", " + EVENT_COLUMNS + FROM + " WHERE d.id = ?",
                s -> s.setString(1, deliveryId), row -> entry(app, row)).stream().findFirst();
    }

    @Override
    public Backlog backlog(AppName app) {
        return query(app, "SELECT COUNT(*), MIN(created_at) FROM callback_deliveries WHERE status = 'pending'", s -> { }, row -> {
            long pending = row.getLong(1);
            long oldest = row.getLong(2);
            return new Backlog(pending, row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
        }).stream().findFirst().orElse(new Backlog(0, Optional.empty()));
    }

    @Override
    public int prune(AppName app, Instant deliveredBefore, Instant deadBefore) {
        if (databases.existing(app).isEmpty()) {
            return 0;
        }
        return databases.inTransaction(app, () -> {
            int n = update(app, "DELETE FROM callback_deliveries WHERE (status = 'delivered' AND created_at < ?)"
                    + " OR (status = 'dead' AND created_at < ?)", s -> {
                        s.setLong(1, deliveredBefore.toEpochMilli());
                        s.setLong(2, deadBefore.toEpochMilli());
                    });
            deleteOrphanEvents(app);
            return n;
        });
    }

    private void deleteOrphanEvents(AppName app) {
        update(app, "DELETE FROM callback_events WHERE NOT EXISTS (SELECT 1 FROM callback_deliveries d WHERE d.event_seq = callback_events.seq)",
                s -> { });
    }

    private DeliveryLog.Entry entry(AppName app, ResultSet row) throws SQLException {
        long seq = row.getLong("seq");
        Delivery delivery = delivery(row);
        String event = row.getString("event");
        Optional<String> room = Optional.ofNullable(row.getString("room"));
        List<Delivery.Attempt> attempts = query(app, "SELECT attempt, at, status_code, latency_ms, error FROM callback_attempts"
                + " WHERE delivery_seq = ? ORDER BY attempt, id", s -> s.setLong(1, seq), a -> new Delivery.Attempt(a.getInt("attempt"),
                Instant.ofEpochMilli(a.getLong("at")), optionalInt(a, "status_code"), a.getLong("latency_ms"),
                Optional.ofNullable(a.getString("error"))));
        return new DeliveryLog.Entry(delivery, event, room, attempts);
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        long next = row.getLong("next_attempt_at");
        Optional<Instant> nextAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(next));
        return new Delivery(row.getString("id"), row.getString("event_id"), row.getString("endpoint_id"),
                Delivery.Status.valueOf(row.getString("status").toUpperCase(Locale.ROOT)), row.getInt("attempts"), nextAt,
                Instant.ofEpochMilli(row.getLong("retry_from")), Instant.ofEpochMilli(row.getLong("created_at")),
                optionalInt(row, "last_status"), Optional.ofNullable(row.getString("last_error")));
    }

    private static CallbackEndpoint endpoint(ResultSet row) throws SQLException {
        String json = row.getString("events_json").replaceAll("[\\[\\]\" ]", "");
        Set<String> events = json.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(json.split(",")));
        return new CallbackEndpoint(row.getString("id"), row.getString("url"), events, row.getInt("enabled") == 1,
                row.getString("description"), Instant.ofEpochMilli(row.getLong("created_at")));
    }

    /** status, attempts, next_attempt_at, retry_from from {@code index} on. */
    private static void bindState(PreparedStatement s, int index, Delivery d) throws SQLException {
        s.setString(index, d.status().name().toLowerCase(Locale.ROOT));
        s.setInt(index + 1, d.attempts());
        if (d.nextAttemptAt().isPresent()) {
            s.setLong(index + 2, d.nextAttemptAt().get().toEpochMilli());
        } else {
            s.setNull(index + 2, Types.INTEGER);
        }
        s.setLong(index + 3, d.retryFrom().toEpochMilli());
    }

    /** last_status, last_error from {@code index} on. */
    private static void bindOutcome(PreparedStatement s, int index, Delivery d) throws SQLException {
        setInt(s, index, d.lastStatus());
        s.setString(index + 1, d.lastError().orElse(null));
    }

    private static void setInt(PreparedStatement s, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            s.setInt(index, value.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private <T> List<T> query(AppName app, String sql, Binder binder, Reader<T> reader) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return List.of();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rows.next()) {
                    out.add(reader.read(rows));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the callbacks of app " + app, e);
        }
    }

    private int update(AppName app, String sql, Binder binder) {
        DataSource database = databases.existing(app)
                .orElseThrow(() -> new IllegalStateException("app " + app + " has no workspace to keep callbacks in"));
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the callbacks of app " + app, e);
        }
    }
}
