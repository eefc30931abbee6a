package io.streamhub.application.fakes;

import io.streamhub.application.contract.VodRepositoryContract;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;

class InMemoryVodRepositoryContractTest extends VodRepositoryContract {
    @Override
    protected VodRepository emptyVodRepository() {
        return new InMemoryVodRepository();
    }

    @Override
    protected void createWorkspace(AppName app) {
        // the fake keeps every app's VODs apart without a workspace
    }
}
