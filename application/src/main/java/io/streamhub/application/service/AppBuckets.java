package io.streamhub.application.service;

import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.ObjectStorage.BucketAccess;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import java.util.Optional;

/** An app's bucket settings with its credentials from the secret store; empty when storage is not configured. */
public final class AppBuckets {
    private final AppWorkspace workspace;
    private final SecretStore secrets;

    public AppBuckets(AppWorkspace workspace, SecretStore secrets) {
        this.workspace = workspace;
        this.secrets = secrets;
    }

    public Optional<Bucket> of(AppName app) {
        AppConfig.Storage storage = workspace.readConfig(app).storage();
        Optional<String> accessKey = secrets.get(app, AppService.STORAGE_ACCESS_KEY);
        Optional<String> secretKey = secrets.get(app, AppService.STORAGE_SECRET_KEY);
        AppConfig.Storage complete = storage.withKeys(accessKey.isPresent(), secretKey.isPresent());
        if (!complete.configured()) {
            return Optional.empty();
        }
        return Optional.of(new Bucket(complete, new BucketAccess(complete.endpoint(), complete.region(), complete.bucket(),
                complete.pathStyle(), accessKey.get(), secretKey.get())));
    }

    /** The settings (for keys under the prefix) and the access the adapter needs. */
    public record Bucket(AppConfig.Storage settings, BucketAccess access) {
    }
}
