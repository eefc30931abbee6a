package io.streamhub.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.streamhub.application.port.out.TransactionRunner;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Runs work in one transaction of the global store; a nested call joins the outer transaction, and
 * any exception rolls the whole of it back. With {@code transaction_mode=IMMEDIATE} every transaction
 * takes SQLite's write lock when it begins, so read-then-write work never fails with SQLITE_BUSY.
 */
@Singleton
public class MicronautTransactionRunner implements TransactionRunner {
    private final TransactionOperations<Connection> transactions;
    private final StoreGeneration generation;

    MicronautTransactionRunner(TransactionOperations<Connection> transactions, StoreGeneration generation) {
        this.transactions = transactions;
        this.generation = generation;
    }

    /** Whatever the outcome, cached reads taken while the transaction ran are stale afterwards. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } finally {
            generation.changed();
        }
    }
}
