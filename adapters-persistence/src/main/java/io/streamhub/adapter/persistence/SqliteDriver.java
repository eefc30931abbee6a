package io.streamhub.adapter.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The sqlite-jdbc driver with one change: {@link Connection#setReadOnly} is remembered but not
 * passed on. Micronaut Data flips the flag around read-only transactions, and sqlite-jdbc refuses to
 * change it on an open connection. URLs stay {@code jdbc:sqlite:...}; select it by class name
 * ({@code datasources.default.driver-class-name}).
 */
public final class SqliteDriver implements Driver {
    private static final Driver SQLITE = new org.sqlite.JDBC();

    static {
        try {
            DriverManager.registerDriver(new SqliteDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = SQLITE.connect(url, info);
        return connection == null ? null : ReadOnlyFlag.wrap(connection);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return SQLITE.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return SQLITE.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return SQLITE.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return SQLITE.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return SQLITE.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return SQLITE.getParentLogger();
    }

    /** Answers {@code isReadOnly} from the remembered flag and forwards every other call but identity. */
    private static final class ReadOnlyFlag implements InvocationHandler {
        private final Connection target;
        private volatile boolean readOnly;

        private ReadOnlyFlag(Connection target) {
            this.target = target;
        }

        static Connection wrap(Connection target) {
            return (Connection) Proxy.newProxyInstance(SqliteDriver.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new ReadOnlyFlag(target));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "setReadOnly":
                    readOnly = (Boolean) args[0];
                    return null;
                case "isReadOnly":
                    return readOnly;
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
