package io.streamhub.adapter.persistence.vod;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.AppWorkspaces;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.application.contract.VodRepositoryContract;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteVodRepositoryContractTest extends VodRepositoryContract implements TemporaryDataDir {
    @Inject
    SqliteVodRepository vods;
    @Inject
    FileAppWorkspace workspace;
    @Property(name = "streamhub.data-dir")
    String dataDir;

    /** Purges every app workspace left by the previous test. */
    @Override
    protected VodRepository emptyVodRepository() {
        AppWorkspaces.purgeAll(workspace, dataDir);
        return vods;
    }

    @Override
    protected void createWorkspace(AppName app) {
        AppWorkspaces.create(workspace, app);
    }
}
