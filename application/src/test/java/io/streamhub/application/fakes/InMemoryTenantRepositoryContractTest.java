package io.streamhub.application.fakes;

import io.streamhub.application.contract.TenantRepositoryContract;
import io.streamhub.application.port.out.TenantRepository;

class InMemoryTenantRepositoryContractTest extends TenantRepositoryContract {
    @Override
    protected TenantRepository emptyTenantRepository() {
        return new InMemoryTenantRepository();
    }
}
