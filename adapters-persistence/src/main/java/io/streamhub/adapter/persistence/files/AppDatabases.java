package io.streamhub.adapter.persistence.files;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Property;
import jakarta.annotation.PreDestroy;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The apps' own databases ({@code app.db}): one small connection pool per app, with the
 * same pragmas as the global store. Flyway migrates them from {@code classpath:db/app}. Public so the
 * other per-app adapters open the databases the same way (see {@link #existing}).
 */
@Singleton
public final class AppDatabases {
    private static final String DATABASE = "app.db";

    private final Path apps;
    private final Map<AppName, HikariDataSource> sources = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor housekeeping = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "app-db-housekeeping");
        thread.setDaemon(true);
        return thread;
    });
    /** Apps whose database was brought to the latest migration in this process. */
    private final Set<AppName> migrated = ConcurrentHashMap.newKeySet();
    /** The connection of each app transaction open on this thread (see {@link #inTransaction}). */
    private final ThreadLocal<Map<AppName, Connection>> bound = ThreadLocal.withInitial(HashMap::new);
    private final ThreadLocal<List<Runnable>> afterCommit = ThreadLocal.withInitial(ArrayList::new);

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
     * one. A database written by an older StreamHub is migrated the first time it is opened. Inside
     * {@link #inTransaction} on this thread, the data source hands out the transaction's connection
     * (closing it is then a no-op), so every repository joins the transaction.
     */
    public Optional<DataSource> existing(AppName app) {
        Connection joined = bound.get().get(app);
        if (joined != null) {
            return Optional.of(joining(joined));
        }
        Path file = fileOf(app);
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        if (!migrated.contains(app)) {
            migrate(app);
        }
        return Optional.of(source(app, file));
    }

    /**
     * Runs {@code work} in one transaction on the app's database; nested calls for the same app join
     * it. Without a database the work runs as it would outside (the repositories find nothing).
     * Actions registered with {@link #afterCommit} run once the outermost transaction committed.
     */
    public <T> T inTransaction(AppName app, Supplier<T> work) {
        Map<AppName, Connection> open = bound.get();
        if (open.containsKey(app)) {
            return work.get();
        }
        Optional<DataSource> database = existing(app);
        if (database.isEmpty()) {
            return work.get();
        }
        boolean outermost = open.isEmpty();
        T result;
        try (Connection connection = database.get().getConnection()) {
            connection.setAutoCommit(false);
            open.put(app, connection);
            try {
                result = work.get();
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                if (outermost) {
                    afterCommit.get().clear();
                }
                throw e;
            } finally {
                open.remove(app);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("transaction on the database of app " + app + " failed", e);
        }
        if (outermost) {
            List<Runnable> actions = List.copyOf(afterCommit.get());
            afterCommit.get().clear();
            actions.forEach(Runnable::run);
        }
        return result;
    }

    /** Runs {@code action} after the outermost app transaction of this thread commits, or now outside one. */
    public void afterCommit(Runnable action) {
        if (bound.get().isEmpty()) {
            action.run();
        } else {
            afterCommit.get().add(action);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A data source over the open transaction's connection, whose close() leaves it open. */
    private static DataSource joining(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(AppDatabases.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> null;
                    case "isClosed" -> false;
                    default -> invoke(connection, method, args);
                });
        return new JoinedDataSource(unclosable);
    }

    /** Hands out one connection: the open transaction's. */
    private record JoinedDataSource(Connection connection) implements DataSource {
        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) {
            return connection;
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            throw new UnsupportedOperationException("a joined transaction's data source is not configurable");
        }

        @Override
        public void setLoginTimeout(int seconds) {
            throw new UnsupportedOperationException("a joined transaction's data source is not configurable");
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws java.sql.SQLFeatureNotSupportedException {
            throw new java.sql.SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Closes and drops the app's pool (before its files are deleted). */
    void forget(AppName app) {
        HikariDataSource pool = sources.remove(app);
        migrated.remove(app);
        if (pool != null) {
            pool.close();
        }
    }

    @PreDestroy
    void close() {
        sources.keySet().forEach(this::forget);
        housekeeping.shutdownNow();
    }

    /**
     * A small pool per app (up to 4 connections, closed after a minute idle): opening a SQLite
     * connection costs far more than a statement, and media events and callbacks touch the app's
     * database on every event. The pools share one housekeeping thread.
     */
    private HikariDataSource source(AppName app, Path file) {
        return sources.computeIfAbsent(app, name -> {
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(5000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.enforceForeignKeys(true);
            SQLiteDataSource sqlite = new SQLiteDataSource(config);
            sqlite.setUrl("jdbc:sqlite:" + file);
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(sqlite);
            pool.setPoolName("app-" + name.value());
            pool.setMaximumPoolSize(4);
            pool.setMinimumIdle(0);
            pool.setIdleTimeout(60_000);
            pool.setConnectionTimeout(10_000);
            pool.setScheduledExecutor(housekeeping);
            return new HikariDataSource(pool);
        });
    }
}
