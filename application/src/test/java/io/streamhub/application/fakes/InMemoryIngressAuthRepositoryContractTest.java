package io.streamhub.application.fakes;

import io.streamhub.application.contract.IngressAuthRepositoryContract;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;

class InMemoryIngressAuthRepositoryContractTest extends IngressAuthRepositoryContract {
    private FakeWorkspace workspace;

    @Override
    protected IngressAuthRepository emptyIngressAuthRepository() {
        workspace = new FakeWorkspace();
        return new InMemoryIngressAuthRepository(workspace);
    }

    @Override
    protected void createWorkspace(AppName app) {
        workspace.create(App.create(app, null, null, TenantId.PLATFORM, Instant.EPOCH), AppConfig.defaults());
    }
}
