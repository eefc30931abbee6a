package io.streamhub.application.fakes;

import io.streamhub.application.contract.StreamRepositoryContract;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;

class InMemoryStreamRepositoryContractTest extends StreamRepositoryContract {
    private FakeWorkspace workspace;

    @Override
    protected StreamRepository emptyStreamRepository() {
        workspace = new FakeWorkspace();
        return new InMemoryStreamRepository(workspace);
    }

    @Override
    protected void createWorkspace(AppName app) {
        workspace.create(App.create(app, null, null, TenantId.PLATFORM, Instant.EPOCH), AppConfig.defaults());
    }
}
