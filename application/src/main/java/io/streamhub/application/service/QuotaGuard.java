package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.quota.UsageReport;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.vod.VodSearch;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Measures a tenant's usage and applies its quotas to every principal, API tokens included.
 * The arithmetic is the domain's ({@link io.streamhub.domain.quota.TenantQuotas}); this class
 * gathers the numbers and honours the enforcement mode.
 */
public final class QuotaGuard {
    private static final System.Logger LOG = System.getLogger(QuotaGuard.class.getName());
    private static final long GB = 1_000_000_000L;

    private final TenantRepository tenants;
    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final EnforcementMode mode;
    private final ControlPlaneMetrics metrics;
    private final VodRepository vods;
    private final Clock clock;

    public QuotaGuard(TenantRepository tenants, AppRepository apps, AppWorkspace workspace, EnforcementMode mode,
                      ControlPlaneMetrics metrics, VodRepository vods, Clock clock) {
        this.tenants = tenants;
        this.apps = apps;
        this.workspace = workspace;
        this.mode = mode;
        this.metrics = metrics;
        this.vods = vods;
        this.clock = clock;
    }

    /** Refuses (429) when {@code requested} more units of {@code metric} would exceed the tenant's limit. */
    public void ensureRoomFor(TenantId tenant, QuotaMetric metric, long requested) {
        if (mode == EnforcementMode.OFF) {
            return;
        }
        TenantQuotas limits = tenants.quotas(tenant);
        if (limits.limit(metric).isUnlimited()) {
            return; // measuring usage costs a query per app; nothing to compare it with
        }
        try {
            limits.ensureRoomFor(metric, used(tenant, metric), requested);
        } catch (QuotaExceededException e) {
            if (mode == EnforcementMode.ON) {
                metrics.quotaRejected(metric.key());
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, "QUOTA-WOULD-DENY tenant={0} {1}", tenant, e.getMessage());
        }
    }

    public UsageReport report(Tenant tenant) {
        Map<QuotaMetric, Long> usage = new EnumMap<>(QuotaMetric.class);
        for (QuotaMetric metric : QuotaMetric.values()) {
            usage.put(metric, used(tenant.id(), metric));
        }
        return new UsageReport(tenant.id(), tenant.plan(), tenants.quotas(tenant.id()), usage);
    }

    private long used(TenantId tenant, QuotaMetric metric) {
        return switch (metric) {
            case APPS -> apps.countByTenant(tenant);
            case CONCURRENT_STREAMS -> apps.findByTenant(tenant).stream().mapToLong(a -> workspace.activeStreams(a.name())).sum();
            case STORAGE_GB -> apps.findByTenant(tenant).stream().mapToLong(a -> workspace.diskBytes(a.name())).sum() / GB;
            case RECORDING_MINUTES_MONTH -> recordedMinutesThisMonth(tenant);
            // metered by egress to CDNs (issue 9); nothing consumes it before that
            case EGRESS_GB_MONTH -> 0L;
        };
    }

    /** Minutes the tenant's apps recorded since the start of this UTC month (VODs started since then), rounded up. */
    private long recordedMinutesThisMonth(TenantId tenant) {
        Instant now = clock.instant();
        Instant monthStart = now.atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
        long seconds = 0;
        for (App app : apps.findByTenant(tenant)) {
            int offset = 0;
            while (true) {
                VodRepository.Page page = vods.search(app.name(), new VodSearch(Optional.empty(), Optional.empty(), Optional.of(monthStart),
                        Optional.empty(), VodSearch.MAX_LIMIT, offset));
                seconds += page.vods().stream().mapToLong(v -> v.recordedSeconds(now)).sum();
                offset += page.vods().size();
                if (page.vods().isEmpty() || offset >= page.total()) {
                    break;
                }
            }
        }
        return (seconds + 59) / 60;
    }

    /** Used by app listings and stats. */
    static long activeStreams(AppWorkspace workspace, Iterable<App> apps) {
        long total = 0;
        for (App app : apps) {
            total += workspace.activeStreams(app.name());
        }
        return total;
    }
}
