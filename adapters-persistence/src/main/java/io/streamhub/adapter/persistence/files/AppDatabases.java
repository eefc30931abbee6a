package io.streamhub.adapter.persistence.files;

import io.micronaut.context.annotation.Property;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The apps' own databases ({@code app.db}): one small data source per app, kept for reuse, with the
 * same pragmas as the global store. Flyway migrates them from {@code classpath:db/app}. Public so the
 * other per-app adapters open the databases the same way (see {@link #existing}).
 */
@Singleton
public final class AppDatabases {
    private static final String DATABASE = "app.db";

    private final Path apps;
    private final Map<AppName, SQLiteDataSource> sources = new ConcurrentHashMap<>();
    /** Apps whose database was brought to the latest migration in this process. */
    private final Set<AppName> migrated = ConcurrentHashMap.newKeySet();

    public AppDatabases(@Property(name = "streamhub.data-dir") String dataDir) {
        this.apps = Path.of(dataDir, "apps").toAbsolutePath().normalize();
    }

    /** {@code DATA_DIR/apps/<app>/app.db}; {@link AppName} admits no path separator or dot. */
    Path fileOf(AppName app) {
        return apps.resolve(app.value()).resolve(DATABASE);
    }

    void migrate(AppName app) {
        Path file = fileOf(app);
        synchronized (migrated) {
            Flyway.configure().dataSource(source(app, file)).locations("classpath:db/app").load().migrate();
            migrated.add(app);
        }
    }

    /** Rows of {@code streams} with status {@code active}; 0 when the app has no database. */
    long activeStreams(AppName app) {
        Path file = fileOf(app);
        if (Files.notExists(file)) {
            return 0;
        }
        try (Connection connection = source(app, file).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM streams WHERE status = 'active'")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the active streams of app " + app, e);
        }
    }

    /**
     * The app's data source when its database file exists; empty otherwise, so a caller never creates
     * one. A database written by an older StreamHub is migrated the first time it is opened.
     */
    public Optional<DataSource> existing(AppName app) {
        Path file = fileOf(app);
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        if (!migrated.contains(app)) {
            migrate(app);
        }
        return Optional.of(source(app, file));
    }

    /** Drops the cached data source (its connections are opened per use, so nothing stays open). */
    void forget(AppName app) {
        sources.remove(app);
        migrated.remove(app);
    }

    private SQLiteDataSource source(AppName app, Path file) {
        return sources.computeIfAbsent(app, name -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(5000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + file);
            return source;
        });
    }
}
