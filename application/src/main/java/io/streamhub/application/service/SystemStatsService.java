package io.streamhub.application.service;

import io.streamhub.application.port.in.GetSystemStatsUseCase;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.HostProbe;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.app.App;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Gathers host readings and store counts for {@code GET /api/v1/stats}. */
public final class SystemStatsService implements GetSystemStatsUseCase {
    private final HostProbe host;
    private final AppRepository apps;
    private final TenantRepository tenants;
    private final ApiTokenRepository tokens;
    private final AppWorkspace workspace;
    private final Clock clock;
    private final Instant startedAt;
    private final String version;

    public SystemStatsService(HostProbe host, AppRepository apps, TenantRepository tenants, ApiTokenRepository tokens,
                              AppWorkspace workspace, Clock clock, String version) {
        this.host = host;
        this.apps = apps;
        this.tenants = tenants;
        this.tokens = tokens;
        this.workspace = workspace;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.version = version;
    }

    private long uptimeSeconds() {
        return Duration.between(startedAt, clock.instant()).toSeconds();
    }

    @Override
    public Health health() {
        return new Health("ok", version, clock.instant(), uptimeSeconds());
    }

    @Override
    public SystemStats stats() {
        List<App> all = apps.findAll();
        long activeTokens = tokens.findAll().stream().filter(t -> !t.revoked()).count();
        Counts counts = new Counts(all.size(), tenants.findAll().size(), QuotaGuard.activeStreams(workspace, all), activeTokens);
        return new SystemStats(clock.instant(), uptimeSeconds(), version, host.cpu(), host.memory(), host.disk(), counts,
                host.storage());
    }
}
