package io.streamhub.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC on the global store, for adapters whose SQL is dynamic (search filters) or append-only:
 * each piece of work runs on the connection of a Micronaut transaction (joined when one is open), which
 * the transaction, not the work, closes. A {@link SQLException} becomes an {@link IllegalStateException}
 * saying what could not be done.
 */
@Singleton
public final class GlobalJdbc {
    private final TransactionOperations<Connection> transactions;

    GlobalJdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** One piece of JDBC work. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T write(String what, Work<T> work) {
        return transactions.executeWrite(status -> run(what, work, status.getConnection()));
    }

    public <T> T read(String what, Work<T> work) {
        return transactions.executeRead(status -> run(what, work, status.getConnection()));
    }

    /** Reads one row into a value. */
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A page of {@code select + filter.where() + " " + order}, {@code limit} rows from {@code offset}. */
    public <T> List<T> page(String what, String select, SqlFilter filter, String order, int limit, int offset, RowReader<T> reader) {
        return read(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select + filter.where() + " " + order + " LIMIT ? OFFSET ?")) {
                int next = filter.bind(statement);
                statement.setInt(next, limit);
                statement.setInt(next + 1, offset);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(reader.read(result));
                    }
                }
                return rows;
            }
        });
    }

    /** How many rows of {@code table} match {@code filter}. */
    public long count(String what, String table, SqlFilter filter) {
        return read(what, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM " + table + filter.where())) {
                filter.bind(statement);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    private static <T> T run(String what, Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }
}
