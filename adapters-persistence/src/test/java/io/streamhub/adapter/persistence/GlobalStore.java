package io.streamhub.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test access to the global store: emptying it between tests, and plain SQL. */
public final class GlobalStore {
    private static final String[] TABLES_CHILDREN_FIRST = {
        "room_placements", "app_placement", "api_tokens", "app_secrets", "memberships", "server_logs", "apps", "nodes", "users", "quota_usage", "quotas", "tenants"};

    private GlobalStore() {
    }

    /** Empties every table; cached reads are dropped as after any write. */
    public static void wipe(TransactionOperations<Connection> transactions, StoreGeneration generation) {
        generation.changed();
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                for (String table : TABLES_CHILDREN_FIRST) {
                    statement.executeUpdate("DELETE FROM " + table);
                }
            }
            return null;
        });
    }

    /** One column of every row the query returns, as strings; {@code ?} parameters are bound in order. */
    public static List<String> column(TransactionOperations<Connection> transactions, String column, String sql,
                                      Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                bind(statement, parameters);
                List<String> values = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(column));
                    }
                }
                return values;
            }
        });
    }

    /** Runs one statement ({@code ?} parameters bound in order) in its own transaction. */
    public static void execute(TransactionOperations<Connection> transactions, String sql, Object... parameters) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
