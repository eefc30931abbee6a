package io.streamhub.adapter.persistence.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.application.contract.TenantRepositoryContract;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTenantRepositoryContractTest extends TenantRepositoryContract implements TemporaryDataDir {
    @Inject
    JdbcTenantRepository tenants;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected TenantRepository emptyTenantRepository() {
        GlobalStore.wipe(transactions, generation);
        return tenants;
    }

    @Test
    void aTenantWhoseQuotasCannotBeStoredIsNotStoredEither() {
        TenantId acme = TenantId.of(new UUID(0, 1));
        TenantQuotas quotasOfAnUnknownTenant = TenantQuotas.freePlan(TenantId.of(new UUID(0, 2)));

        assertThrows(RuntimeException.class,
                () -> tenants.insert(new Tenant(acme, "Acme", "free", Instant.EPOCH), quotasOfAnUnknownTenant));

        assertEquals(List.of(), tenants.findAll());
    }
}
