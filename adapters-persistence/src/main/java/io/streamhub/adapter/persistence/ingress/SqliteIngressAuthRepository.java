package io.streamhub.adapter.persistence.ingress;

import io.streamhub.adapter.persistence.files.AppDatabases;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressAuth;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Ingress password hashes in the app's own SQLite database {@code DATA_DIR/apps/<app>/app.db} (created
 * and migrated by the app workspace). Plain JDBC on the per-app data sources of {@link AppDatabases}:
 * each call opens one connection and runs one statement in auto-commit, so concurrent writers wait on
 * SQLite's busy timeout. Reads of an app without a database find nothing and never create one.
 * Timestamps are epoch milliseconds.
 * A database created before {@code V2__ingress_auth} is migrated when {@link AppDatabases} first opens it.
 */
@Singleton
public class SqliteIngressAuthRepository implements IngressAuthRepository {
    private static final String TABLE = "ingress_auth";
    private static final String COLUMNS = "ingress_id, password_hash, created_at, validated_at";
    private static final String UPSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?)"
            + " ON CONFLICT(ingress_id) DO UPDATE SET password_hash = excluded.password_hash,"
            + " created_at = excluded.created_at, validated_at = excluded.validated_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM " + TABLE + " WHERE ingress_id = ?";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE ingress_id = ?";

    private final AppDatabases databases;

    SqliteIngressAuthRepository(AppDatabases databases) {
        this.databases = databases;
    }

    @Override
    public Optional<IngressAuth> find(AppName app, String ingressId) {
        Optional<DataSource> database = existing(app);
        if (database.isEmpty()) {
            return Optional.empty();
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setString(1, ingressId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(toAuth(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the password of ingress " + ingressId + " of app " + app, e);
        }
    }

    /** @throws IllegalStateException when the app has no workspace (no database) */
    @Override
    public void save(AppName app, IngressAuth auth) {
        DataSource database = existing(app)
                .orElseThrow(() -> new IllegalStateException("app " + app + " has no workspace to save the password of ingress "
                        + auth.ingressId() + " in"));
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            statement.setString(1, auth.ingressId());
            statement.setString(2, auth.passwordHash());
            statement.setLong(3, auth.createdAt().toEpochMilli());
            if (auth.validatedAt().isPresent()) {
                statement.setLong(4, auth.validatedAt().get().toEpochMilli());
            } else {
                statement.setNull(4, Types.INTEGER);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save the password of ingress " + auth.ingressId() + " of app " + app, e);
        }
    }

    /** Deleting an ingress without a password, or in an app without a database, does nothing. */
    @Override
    public void delete(AppName app, String ingressId) {
        Optional<DataSource> database = existing(app);
        if (database.isEmpty()) {
            return;
        }
        try (Connection connection = database.get().getConnection();
             PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setString(1, ingressId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete the password of ingress " + ingressId + " of app " + app, e);
        }
    }

    private Optional<DataSource> existing(AppName app) {
        return databases.existing(app);
    }

    private static IngressAuth toAuth(ResultSet row) throws SQLException {
        long validatedAt = row.getLong("validated_at");
        Optional<Instant> validated = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(validatedAt));
        return new IngressAuth(row.getString("ingress_id"), row.getString("password_hash"),
                Instant.ofEpochMilli(row.getLong("created_at")), validated);
    }

}
