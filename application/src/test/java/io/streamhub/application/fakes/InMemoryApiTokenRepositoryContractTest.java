package io.streamhub.application.fakes;

import io.streamhub.application.contract.ApiTokenRepositoryContract;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;

class InMemoryApiTokenRepositoryContractTest extends ApiTokenRepositoryContract {
    private final InMemoryAppRepository apps = new InMemoryAppRepository();
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();

    @Override
    protected ApiTokenRepository emptyTokenRepository() {
        return new InMemoryApiTokenRepository(apps);
    }

    @Override
    protected AppRepository appRepository() {
        return apps;
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }
}
