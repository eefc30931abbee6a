package io.streamhub.application.fakes;

import io.streamhub.application.contract.AppRepositoryContract;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;

class InMemoryAppRepositoryContractTest extends AppRepositoryContract {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();

    @Override
    protected AppRepository emptyAppRepository() {
        return new InMemoryAppRepository();
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }
}
