package io.streamhub.adapter.persistence.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.adapter.persistence.files.SqliteAppTransactions;
import io.streamhub.adapter.persistence.stream.SqliteStreamRepository;
import io.streamhub.application.contract.CallbackStoreContract;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteCallbackStoreContractTest extends CallbackStoreContract implements TemporaryDataDir {
    @Inject
    SqliteCallbackStore store;
    @Inject
    FileAppWorkspace workspace;
    @Inject
    SqliteAppTransactions transactions;
    @Inject
    SqliteStreamRepository streams;

    @Override
    protected CallbackStore emptyCallbackStore() {
        for (var app : List.of(SHOP, BLOG)) {
            workspace.purge(app);
            workspace.create(App.create(app, null, null, TenantId.PLATFORM, Instant.EPOCH), AppConfig.defaults());
        }
        return store;
    }

    private static CallbackStore.OutboxEvent event(String id) {
        return new CallbackStore.OutboxEvent(id, "stream_started", Optional.of("shop-a"), Instant.EPOCH, "{}");
    }

    @Test
    void theEventAndTheStateChangeCommitTogetherOrNotAtAll() {
        Stream stream = Stream.started(StreamType.WEBRTC, "shop-a", "alice", Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> transactions.inApp(SHOP, () -> {
            streams.save(SHOP, stream);
            store.enqueue(SHOP, event("e1"), List.of(Delivery.first("d1", "e1", "config", Instant.EPOCH)));
            throw new IllegalStateException("crash before commit");
        }));
        assertEquals(Optional.empty(), streams.find(SHOP, stream.streamId()));
        assertEquals(0, store.backlog(SHOP).pending());

        transactions.inApp(SHOP, () -> {
            streams.save(SHOP, stream);
            store.enqueue(SHOP, event("e1"), List.of(Delivery.first("d1", "e1", "config", Instant.EPOCH)));
        });
        assertEquals(Optional.of(stream), streams.find(SHOP, stream.streamId()));
        assertEquals(1, store.backlog(SHOP).pending());
    }

    @Test
    void afterCommitActionsRunOnlyOnceTheOutermostTransactionCommitted() {
        List<String> ran = new ArrayList<>();
        transactions.inApp(SHOP, () -> {
            transactions.inApp(SHOP, () -> transactions.afterCommit(() -> ran.add("inner")));
            assertEquals(List.of(), ran);
        });
        assertEquals(List.of("inner"), ran);
        assertThrows(IllegalStateException.class, () -> transactions.inApp(SHOP, () -> {
            transactions.afterCommit(() -> ran.add("rolled back"));
            throw new IllegalStateException("no");
        }));
        transactions.afterCommit(() -> ran.add("outside"));
        assertEquals(List.of("inner", "outside"), ran);
    }

    @Test
    void anAppWithoutDatabaseHasNoCallbacks() {
        workspace.purge(BLOG);
        assertEquals(List.of(), store.endpoints(BLOG));
        assertEquals(Optional.empty(), store.nextDue(BLOG));
        assertEquals(0, store.prune(BLOG, Instant.now(), Instant.now()));
    }
}
