package io.streamhub.adapter.persistence.stream;

import io.streamhub.adapter.persistence.files.AppDatabases;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Streams in the app's own SQLite database {@code DATA_DIR/apps/<app>/app.db} (created and migrated by
 * the app workspace). Plain JDBC on the per-app data sources of {@link AppDatabases}: each call opens
 * one connection and runs one statement in auto-commit, so concurrent writers wait on SQLite's busy
 * timeout. Reads of an app without a database find nothing and never create one. Timestamps are
 * epoch milliseconds.
 */
@Singleton
public class SqliteStreamRepository implements StreamRepository {
    private static final String COLUMNS = "stream_id, type, room, participant, status, started_at, ended_at";
    private static final String ACTIVE = "active";
    private static final String ENDED = "ended";
    private static final String UPSERT = "INSERT INTO streams (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(stream_id) DO UPDATE SET type = excluded.type, room = excluded.room,"
            + " participant = excluded.participant, status = excluded.status, started_at = excluded.started_at,"
            + " ended_at = excluded.ended_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM streams WHERE stream_id = ?";
    private static final String LIST_ACTIVE = "SELECT " + COLUMNS + " FROM streams WHERE status = '" + ACTIVE + "'"
            + " ORDER BY started_at DESC, id DESC";

    private final AppDatabases databases;

    SqliteStreamRepository(AppDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<Stream> find(AppName app, String streamId) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, streamId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(toStream(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stream " + streamId + " of app " + app, e);
        }
    }

    @Override
    public List<Stream> active(AppName app) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return List.of();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(LIST_ACTIVE);
             ResultSet rows = statement.executeQuery()) {
            List<Stream> streams = new ArrayList<>();
            while (rows.next()) {
                streams.add(toStream(rows));
            }
            return List.copyOf(streams);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the active streams of app " + app, e);
        }
    }

    /** @throws IllegalStateException when the app has no workspace (no database) */
    @Override
    public void save(AppName app, Stream stream) {
        DataSource database = databases.existing(app)
                .orElseThrow(() -> new IllegalStateException("app " + app + " has no workspace to save stream "
                        + stream.streamId() + " in"));
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setString(1, stream.streamId());
            statement.setString(2, stream.type().key());
            statement.setString(3, stream.room());
            statement.setString(4, stream.participant());
            statement.setString(5, stream.active() ? ACTIVE : ENDED);
            statement.setLong(6, stream.startedAt().toEpochMilli());
            if (stream.endedAt().isPresent()) {
                statement.setLong(7, stream.endedAt().get().toEpochMilli());
            } else {
                statement.setNull(7, Types.INTEGER);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save stream " + stream.streamId() + " of app " + app, e);
        }
    }

    private static Stream toStream(ResultSet row) throws SQLException {
        long endedAt = row.getLong("ended_at");
        Optional<Instant> ended = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(endedAt));
        return new Stream(row.getString("stream_id"), StreamType.parse(row.getString("type")), row.getString("room"),
                row.getString("participant"), ACTIVE.equals(row.getString("status")),
                Instant.ofEpochMilli(row.getLong("started_at")), ended);
    }

}
