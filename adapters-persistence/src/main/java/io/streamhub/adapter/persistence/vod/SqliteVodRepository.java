package io.streamhub.adapter.persistence.vod;

import io.streamhub.adapter.persistence.SqlFilter;
import io.streamhub.adapter.persistence.files.AppDatabases;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodMedia;
import io.streamhub.domain.vod.VodSearch;
import io.streamhub.domain.vod.VodStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** VODs in {@code DATA_DIR/apps/<app>/app.db} (table {@code vods}); joins the app's open transaction. */
@Singleton
public class SqliteVodRepository implements VodRepository {
    private static final String COLUMNS = "id, egress_id, room, stream_id, status, local_path, file_key, snapshot_key,"
            + " size_bytes, duration_s, width, height, format, started_at, ended_at, failure";
    private static final String INSERT = "INSERT INTO vods (egress_id, room, stream_id, status, local_path, file_key,"
            + " snapshot_key, size_bytes, duration_s, width, height, format, started_at, ended_at, failure, name)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT(egress_id) WHERE egress_id IS NOT NULL DO NOTHING";
    private static final String UPDATE = "UPDATE vods SET egress_id = ?, room = ?, stream_id = ?, status = ?, local_path = ?,"
            + " file_key = ?, snapshot_key = ?, size_bytes = ?, duration_s = ?, width = ?, height = ?, format = ?,"
            + " started_at = ?, ended_at = ?, failure = ?, name = ? WHERE id = ?";

    private final AppDatabases databases;

    SqliteVodRepository(AppDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<Vod> insertIfAbsent(AppName app, Vod vod) {
        try (Connection connection = database(app).getConnection();
             PreparedStatement statement = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, vod);
            if (statement.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return Optional.of(vod.withId(keys.getLong(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the VOD of egress " + vod.egressId() + " of app " + app, e);
        }
    }

    @Override
    public void save(AppName app, Vod vod) {
        try (Connection connection = database(app).getConnection();
             PreparedStatement statement = connection.prepareStatement(UPDATE)) {
            bind(statement, vod);
            statement.setLong(17, vod.id());
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("VOD " + vod.id() + " of app " + app + " does not exist");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save VOD " + vod.id() + " of app " + app, e);
        }
    }

    @Override
    public Optional<Vod> find(AppName app, long id) {
        return one(app, "SELECT " + COLUMNS + " FROM vods WHERE id = ?", statement -> statement.setLong(1, id));
    }

    @Override
    public Optional<Vod> findByEgress(AppName app, String egressId) {
        return one(app, "SELECT " + COLUMNS + " FROM vods WHERE egress_id = ?", statement -> statement.setString(1, egressId));
    }

    @Override
    public Page search(AppName app, VodSearch search) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return new Page(List.of(), 0);
        }
        SqlFilter filter = new SqlFilter().add("egress_id IS NOT NULL");
        search.room().ifPresent(room -> filter.add("room = ?", room));
        search.status().ifPresent(status -> filter.add("status = ?", status.key()));
        search.since().ifPresent(since -> filter.add("started_at >= ?", since.toEpochMilli()));
        search.until().ifPresent(until -> filter.add("started_at <= ?", until.toEpochMilli()));
        try (Connection connection = database.get().getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM vods" + filter.where())) {
                filter.bind(count);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            List<Vod> vods = new ArrayList<>();
            try (PreparedStatement page = connection.prepareStatement("SELECT " + COLUMNS + " FROM vods" + filter.where()
                    + " ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?")) {
                int next = filter.bind(page);
                page.setInt(next, search.limit());
                page.setInt(next + 1, search.offset());
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        vods.add(toVod(rows));
                    }
                }
            }
            return new Page(List.copyOf(vods), total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the VODs of app " + app, e);
        }
    }

    @Override
    public void delete(AppName app, long id) {
        try (Connection connection = database(app).getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM vods WHERE id = ?")) {
            statement.setLong(1, id);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete VOD " + id + " of app " + app, e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Optional<Vod> one(AppName app, String sql, Binder binder) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(toVod(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the VODs of app " + app, e);
        }
    }

    private DataSource database(AppName app) {
        return databases.existing(app).orElseThrow(() -> new IllegalStateException("app " + app + " has no workspace"));
    }

    private static void bind(PreparedStatement s, Vod vod) throws SQLException {
        s.setString(1, vod.egressId());
        s.setString(2, vod.room());
        s.setString(3, vod.streamId().orElse(null));
        s.setString(4, vod.status().key());
        s.setString(5, vod.localPath().orElse(null));
        s.setString(6, vod.fileKey().orElse(null));
        s.setString(7, vod.snapshotKey().orElse(null));
        setLong(s, 8, vod.sizeBytes());
        if (vod.media().isPresent()) {
            VodMedia m = vod.media().get();
            s.setDouble(9, m.durationS());
            s.setInt(10, m.width());
            s.setInt(11, m.height());
            s.setString(12, m.format());
        } else {
            s.setNull(9, Types.REAL);
            s.setNull(10, Types.INTEGER);
            s.setNull(11, Types.INTEGER);
            s.setNull(12, Types.VARCHAR);
        }
        s.setLong(13, vod.startedAt().toEpochMilli());
        setLong(s, 14, vod.endedAt().map(Instant::toEpochMilli));
        s.setString(15, vod.failure().orElse(null));
        s.setString(16, vod.localPath().or(vod::fileKey).map(p -> p.substring(p.lastIndexOf('/') + 1)).orElse(vod.egressId()));
    }

    private static void setLong(PreparedStatement s, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static Vod toVod(ResultSet row) throws SQLException {
        Optional<Long> size = optionalLong(row, "size_bytes");
        double duration = row.getDouble("duration_s");
        Optional<VodMedia> media = row.wasNull() ? Optional.empty()
                : Optional.of(new VodMedia(duration, row.getInt("width"), row.getInt("height"), row.getString("format")));
        return new Vod(row.getLong("id"), row.getString("egress_id"), row.getString("room"),
                Optional.ofNullable(row.getString("stream_id")), VodStatus.parse(row.getString("status")),
                Optional.ofNullable(row.getString("local_path")), Optional.ofNullable(row.getString("file_key")),
                Optional.ofNullable(row.getString("snapshot_key")), size, media,
                Instant.ofEpochMilli(row.getLong("started_at")), optionalLong(row, "ended_at").map(Instant::ofEpochMilli),
                Optional.ofNullable(row.getString("failure")));
    }

    private static Optional<Long> optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
