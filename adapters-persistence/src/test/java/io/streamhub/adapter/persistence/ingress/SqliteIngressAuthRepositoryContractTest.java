package io.streamhub.adapter.persistence.ingress;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.AppWorkspaces;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.application.contract.IngressAuthRepositoryContract;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteIngressAuthRepositoryContractTest extends IngressAuthRepositoryContract implements TemporaryDataDir {
    @Inject
    SqliteIngressAuthRepository auths;
    @Inject
    FileAppWorkspace workspace;
    @Property(name = "streamhub.data-dir")
    String dataDir;

    /** Purges every app workspace left by the previous test. */
    @Override
    protected IngressAuthRepository emptyIngressAuthRepository() {
        AppWorkspaces.purgeAll(workspace, dataDir);
        return auths;
    }

    @Override
    protected void createWorkspace(AppName app) {
        AppWorkspaces.create(workspace, app);
    }
}
