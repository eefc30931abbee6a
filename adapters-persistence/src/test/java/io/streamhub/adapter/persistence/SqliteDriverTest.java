package io.streamhub.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDriverTest {
    @TempDir
    Path dir;

    @Test
    void theReadOnlyFlagIsRememberedWithoutReachingSqliteWhichWouldRefuseIt() throws Exception {
        try (Connection connection = new SqliteDriver().connect("jdbc:sqlite:" + dir.resolve("t.db"), new Properties())) {
            connection.setReadOnly(true);
            assertTrue(connection.isReadOnly());

            connection.setReadOnly(false);
            assertFalse(connection.isReadOnly());
            try (Statement statement = connection.createStatement();
                 ResultSet one = statement.executeQuery("SELECT 1")) {
                one.next();
                assertEquals(1, one.getInt(1));
            }
        }
    }

    @Test
    void leavesOtherUrlsToOtherDrivers() throws Exception {
        assertFalse(new SqliteDriver().acceptsURL("jdbc:h2:mem:test"));
    }
}
