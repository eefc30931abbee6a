package io.streamhub.adapter.persistence.files;

import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/** Transactions on an app's own database, shared by every per-app repository (see {@link AppDatabases}). */
@Singleton
public class SqliteAppTransactions implements AppTransactions {
    private final AppDatabases databases;

    SqliteAppTransactions(AppDatabases databases) {
        this.databases = databases;
    }

    @Override
    public <T> T inApp(AppName app, Supplier<T> work) {
        return databases.inTransaction(app, work);
    }

    @Override
    public void afterCommit(Runnable action) {
        databases.afterCommit(action);
    }
}
