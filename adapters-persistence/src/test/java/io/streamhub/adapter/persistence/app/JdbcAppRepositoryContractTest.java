package io.streamhub.adapter.persistence.app;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.tenant.JdbcTenantRepository;
import io.streamhub.application.contract.AppRepositoryContract;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcAppRepositoryContractTest extends AppRepositoryContract implements TemporaryDataDir {
    @Inject
    JdbcAppRepository apps;
    @Inject
    JdbcTenantRepository tenants;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected AppRepository emptyAppRepository() {
        GlobalStore.wipe(transactions, generation);
        return apps;
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }
}
