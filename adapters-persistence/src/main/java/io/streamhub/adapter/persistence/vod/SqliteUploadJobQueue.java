package io.streamhub.adapter.persistence.vod;

import io.streamhub.adapter.persistence.files.AppDatabases;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.UploadJob;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Upload jobs in the app's own database (table {@code upload_jobs}, one row per VOD). */
@Singleton
public class SqliteUploadJobQueue implements UploadJobQueue {
    private static final String COLUMNS = "vod_id, attempts, next_attempt_at, last_error";

    private final AppDatabases databases;

    SqliteUploadJobQueue(AppDatabases databases) {
        this.databases = databases;
    }

    @Override
    public void save(AppName app, UploadJob job) {
        DataSource database = databases.existing(app).orElseThrow(() -> new IllegalStateException("app " + app + " has no workspace"));
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO upload_jobs (" + COLUMNS + ")"
                     + " VALUES (?, ?, ?, ?) ON CONFLICT(vod_id) DO UPDATE SET attempts = excluded.attempts,"
                     + " next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error")) {
            statement.setLong(1, job.vodId());
            statement.setInt(2, job.attempts());
            statement.setLong(3, job.nextAttemptAt().toEpochMilli());
            statement.setString(4, job.lastError().orElse(null));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the upload job of VOD " + job.vodId() + " of app " + app, e);
        }
    }

    @Override
    public Optional<UploadJob> find(AppName app, long vodId) {
        List<UploadJob> found = query(app, "SELECT " + COLUMNS + " FROM upload_jobs WHERE vod_id = ?", vodId, 0);
        return found.stream().findFirst();
    }

    @Override
    public void delete(AppName app, long vodId) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return;
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM upload_jobs WHERE vod_id = ?")) {
            statement.setLong(1, vodId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the upload job of VOD " + vodId + " of app " + app, e);
        }
    }

    @Override
    public List<UploadJob> due(AppName app, Instant now, int limit) {
        return query(app, "SELECT " + COLUMNS + " FROM upload_jobs WHERE next_attempt_at <= ? ORDER BY next_attempt_at, vod_id LIMIT ?",
                now.toEpochMilli(), limit);
    }

    @Override
    public long pending(AppName app) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return 0;
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM upload_jobs");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the upload jobs of app " + app, e);
        }
    }

    private List<UploadJob> query(AppName app, String sql, long first, int limit) {
        Optional<DataSource> database = databases.existing(app);
        if (database.isEmpty()) {
            return List.of();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, first);
            if (limit > 0) {
                statement.setInt(2, limit);
            }
            List<UploadJob> jobs = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    jobs.add(new UploadJob(rows.getLong("vod_id"), rows.getInt("attempts"),
                            Instant.ofEpochMilli(rows.getLong("next_attempt_at")), Optional.ofNullable(rows.getString("last_error"))));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the upload jobs of app " + app, e);
        }
    }
}
