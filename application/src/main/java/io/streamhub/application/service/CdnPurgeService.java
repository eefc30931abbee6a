package io.streamhub.application.service;

import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.distribution.DistributionConfig;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UpstreamException;
import java.util.List;

/** Drops cached copies of an app's paths at its CDN provider ({@code POST /apps/{app}/distribution/purge}). */
public final class CdnPurgeService implements PlaybackUseCases.PurgeCdnUseCase {
    static final int MAX_PATHS = 100;

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final CdnProviders providers;
    private final SecretStore secrets;

    public CdnPurgeService(AppRepository apps, AppWorkspace workspace, CdnProviders providers, SecretStore secrets) {
        this.apps = apps;
        this.workspace = workspace;
        this.providers = providers;
        this.secrets = secrets;
    }

    @Override
    public PlaybackUseCases.PurgeResult purge(AppName name, List<String> paths) {
        App app = apps.findByName(name).orElseThrow(() -> new NotFoundException("app", name.value()));
        if (paths == null || paths.isEmpty() || paths.size() > MAX_PATHS) {
            throw new InvalidInputException("paths", "paths must hold 1 to " + MAX_PATHS + " paths");
        }
        for (String path : paths) {
            if (path == null || !path.startsWith("/") || path.length() > 1024 || path.contains("..")
                    || path.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
                throw new InvalidInputException("paths", "each path must start with '/', be at most 1024 characters, "
                        + "without spaces, control characters or '..'");
            }
        }
        DistributionConfig.Cdn cdn = workspace.readConfig(app.name()).distribution().cdn();
        if (cdn.provider() == CdnProviderKind.NONE) {
            throw new ConflictException("distribution.cdn.provider", "app '" + name + "' has no CDN provider to purge");
        }
        CdnProvider provider = providers.find(cdn.provider()).orElseThrow(() -> new ConflictException("distribution.cdn.provider",
                "no adapter for CDN provider " + cdn.provider().wireName() + " is installed"));
        try {
            provider.purge(providers.settings(secrets, app.name(), cdn), List.copyOf(paths));
        } catch (CdnProvider.CdnFailure e) {
            throw new UpstreamException("cdn_error", cdn.provider().wireName() + ": " + e.getMessage());
        }
        return new PlaybackUseCases.PurgeResult(cdn.provider().wireName(), paths.size());
    }
}
