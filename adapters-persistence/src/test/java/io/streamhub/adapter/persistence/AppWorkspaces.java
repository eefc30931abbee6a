package io.streamhub.adapter.persistence;

import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What the per-app store contract tests need from the workspace: start empty, create an app's files. */
public final class AppWorkspaces {
    private AppWorkspaces() {
    }

    /** Purges every app workspace under {@code DATA_DIR/apps} (left by a previous test). */
    public static void purgeAll(FileAppWorkspace workspace, String dataDir) {
        Path apps = Path.of(dataDir, "apps");
        if (!Files.isDirectory(apps)) {
            return;
        }
        try (java.util.stream.Stream<Path> dirs = Files.list(apps)) {
            List<Path> names = dirs.map(Path::getFileName).toList();
            names.forEach(name -> workspace.purge(new AppName(name.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the app's directory, default config and migrated database. */
    public static void create(FileAppWorkspace workspace, AppName app) {
        workspace.create(App.create(app, null, null, TenantId.PLATFORM, Instant.EPOCH), AppConfig.defaults());
    }
}
