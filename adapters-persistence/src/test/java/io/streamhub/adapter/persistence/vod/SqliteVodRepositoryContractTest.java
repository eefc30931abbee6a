package io.streamhub.adapter.persistence.vod;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.application.contract.VodRepositoryContract;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
        Path apps = Path.of(dataDir, "apps");
        if (Files.isDirectory(apps)) {
            try (java.util.stream.Stream<Path> dirs = Files.list(apps)) {
                List<Path> names = dirs.map(Path::getFileName).toList();
                names.forEach(name -> workspace.purge(new AppName(name.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return vods;
    }

    @Override
    protected void createWorkspace(AppName app) {
        workspace.create(App.create(app, null, null, TenantId.PLATFORM, Instant.EPOCH), AppConfig.defaults());
    }
}
