package io.streamhub.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcStoreHealthTest implements TemporaryDataDir {
    @Inject
    JdbcStoreHealth health;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aFreshlyMigratedStoreAnswersAndIsMigratedUntilAMigrationIsRecordedAsFailed() {
        assertTrue(health.answers());
        assertTrue(health.migrated());

        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                return statement.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = "
                        + "(SELECT MAX(version) FROM flyway_schema_history)");
            }
        });
        try {
            assertFalse(health.migrated(), "a failed migration means the schema cannot be trusted");
            assertTrue(health.answers());
        } finally {
            transactions.executeWrite(status -> {
                try (Statement statement = status.getConnection().createStatement()) {
                    return statement.executeUpdate("UPDATE flyway_schema_history SET success = 1");
                }
            });
        }
    }
}
