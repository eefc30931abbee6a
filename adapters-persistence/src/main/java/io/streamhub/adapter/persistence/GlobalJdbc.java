package io.streamhub.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

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

    private static <T> T run(String what, Work<T> work, Connection connection) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot " + what, e);
        }
    }
}
