package io.streamhub.application.fakes;

import io.streamhub.application.contract.UserRepositoryContract;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.UserRepository;

class InMemoryUserRepositoryContractTest extends UserRepositoryContract {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();

    @Override
    protected UserRepository emptyUserRepository() {
        return new InMemoryUserRepository();
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }
}
