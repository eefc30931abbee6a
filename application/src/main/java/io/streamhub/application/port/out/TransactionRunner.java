package io.streamhub.application.port.out;

import java.util.function.Supplier;

/** Runs a unit of work atomically against the global store. */
public interface TransactionRunner {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
