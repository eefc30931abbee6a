package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.util.function.Supplier;

/**
 * Units of work on one app's own database: what the app's repositories write inside {@code work}
 * commits together or not at all (a state change and the events it caused, for instance).
 */
public interface AppTransactions {
    /** Runs {@code work} in one transaction on the app's database; nested calls join the outer one. */
    <T> T inApp(AppName app, Supplier<T> work);

    default void inApp(AppName app, Runnable work) {
        inApp(app, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code action} once the current transaction committed (never if it rolls back), or now outside one. */
    void afterCommit(Runnable action);
}
