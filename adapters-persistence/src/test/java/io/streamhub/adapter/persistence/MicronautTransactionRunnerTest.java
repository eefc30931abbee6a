package io.streamhub.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.tenant.JdbcTenantRepository;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MicronautTransactionRunnerTest implements TemporaryDataDir {
    private static final TenantId ACME = TenantId.of(new UUID(0, 1));
    private static final TenantId GLOBEX = TenantId.of(new UUID(0, 2));

    @Inject
    MicronautTransactionRunner runner;
    @Inject
    JdbcTenantRepository tenants;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @BeforeEach
    void startEmpty() {
        GlobalStore.wipe(transactions, generation);
    }

    @Test
    void committedWorkIsStoredAndItsResultReturned() {
        Tenant acme = tenant(ACME);

        String result = runner.inTransaction(() -> {
            tenants.insert(acme, TenantQuotas.freePlan(ACME));
            return "done";
        });

        assertEquals("done", result);
        assertEquals(Optional.of(acme), tenants.findById(ACME));
    }

    @Test
    void anExceptionRollsBackEverythingTheWorkWrote() {
        assertThrows(IllegalStateException.class, () -> runner.inTransaction(() -> {
            tenants.insert(tenant(ACME), TenantQuotas.freePlan(ACME));
            throw new IllegalStateException("boom");
        }));

        assertEquals(Optional.empty(), tenants.findById(ACME));
        assertEquals(List.of("0"), GlobalStore.column(transactions, "n", "SELECT COUNT(*) AS n FROM quotas"));
    }

    @Test
    void aNestedCallJoinsTheOuterTransactionAndRollsBackWithIt() {
        assertThrows(IllegalStateException.class, () -> runner.inTransaction(() -> {
            tenants.insert(tenant(ACME), TenantQuotas.freePlan(ACME));
            runner.inTransaction(() -> tenants.insert(tenant(GLOBEX), TenantQuotas.freePlan(GLOBEX)));
            throw new IllegalStateException("boom after the nested call returned");
        }));

        assertEquals(List.of(), tenants.findAll());
    }

    @Test
    void concurrentReadThenWriteTransactionsAllSucceedAndLoseNoUpdate() throws Exception {
        tenants.insert(tenant(ACME), new TenantQuotas(ACME, Map.of(QuotaMetric.APPS, new QuotaLimit(0))));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> increments = new ArrayList<>();
            for (int i = 0; i < 4 * 50; i++) {
                increments.add(threads.submit(() -> runner.inTransaction(() -> {
                    TenantQuotas current = tenants.quotas(ACME);
                    long apps = current.limit(QuotaMetric.APPS).value();
                    tenants.saveQuotas(current.with(Map.of(QuotaMetric.APPS, new QuotaLimit(apps + 1))));
                })));
            }
            for (Future<?> increment : increments) {
                increment.get();
            }
        } finally {
            threads.shutdown();
        }

        assertEquals(200, tenants.quotas(ACME).limit(QuotaMetric.APPS).value());
    }

    private static Tenant tenant(TenantId id) {
        return new Tenant(id, "Tenant", "free", Instant.EPOCH);
    }
}
