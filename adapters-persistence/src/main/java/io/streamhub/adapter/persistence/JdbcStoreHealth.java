package io.streamhub.adapter.persistence;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.application.port.out.StoreHealth;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Readiness of the global store: a {@code SELECT 1} through the application's own pool, and
 * Flyway's view of {@code db/global} (nothing pending, nothing failed) read on a separate connection
 * so that a probe never waits for, nor holds, a pooled one for long.
 */
@Singleton
public class JdbcStoreHealth implements StoreHealth {
    private static final System.Logger LOG = System.getLogger(JdbcStoreHealth.class.getName());

    private final TransactionOperations<Connection> transactions;
    private final Flyway flyway;

    JdbcStoreHealth(TransactionOperations<Connection> transactions,
                    @Value("${datasources.default.url}") String url,
                    @Value("${flyway.datasources.default.locations:classpath:db/global}") String locations) {
        this.transactions = transactions;
        this.flyway = Flyway.configure().dataSource(url, null, null).locations(locations.split(",")).load();
    }

    @Override
    public boolean answers() {
        try {
            return transactions.executeRead(status -> {
                try (Statement statement = status.getConnection().createStatement();
                     ResultSet rows = statement.executeQuery("SELECT 1")) {
                    return rows.next() && rows.getInt(1) == 1;
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "global store does not answer: {0}", e.toString());
            return false;
        }
    }

    @Override
    public boolean migrated() {
        try {
            MigrationInfo[] all = flyway.info().all();
            for (MigrationInfo migration : all) {
                MigrationState state = migration.getState();
                if (state.isFailed() || state == MigrationState.PENDING) {
                    return false;
                }
            }
            return flyway.info().current() != null;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "global store migrations unreadable: {0}", e.toString());
            return false;
        }
    }
}
