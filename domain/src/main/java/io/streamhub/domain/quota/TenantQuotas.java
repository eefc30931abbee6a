package io.streamhub.domain.quota;

import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.tenant.TenantId;
import java.util.EnumMap;
import java.util.Map;

/**
 * A tenant's limits, one per {@link QuotaMetric}. The rule: an action that adds {@code n} units is
 * allowed while {@code used + n <= limit}; {@code -1} never limits.
 */
public record TenantQuotas(TenantId tenantId, Map<QuotaMetric, QuotaLimit> limits) {

    public TenantQuotas {
        EnumMap<QuotaMetric, QuotaLimit> all = new EnumMap<>(QuotaMetric.class);
        for (QuotaMetric metric : QuotaMetric.values()) {
            all.put(metric, limits.getOrDefault(metric, QuotaLimit.UNLIMITED));
        }
        limits = Map.copyOf(all);
    }

    /** The free plan every new tenant starts on. */
    public static TenantQuotas freePlan(TenantId tenant) {
        return new TenantQuotas(tenant, Map.of(
                QuotaMetric.APPS, new QuotaLimit(2),
                QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(2),
                QuotaMetric.RECORDING_MINUTES_MONTH, new QuotaLimit(300),
                QuotaMetric.EGRESS_GB_MONTH, new QuotaLimit(5),
                QuotaMetric.STORAGE_GB, new QuotaLimit(5)));
    }

    /** The operator's own tenant is not limited. */
    public static TenantQuotas unlimited(TenantId tenant) {
        return new TenantQuotas(tenant, Map.of());
    }

    public QuotaLimit limit(QuotaMetric metric) {
        return limits.get(metric);
    }

    /** Throws {@link QuotaExceededException} when {@code requested} more units would exceed the limit. */
    public void ensureRoomFor(QuotaMetric metric, long used, long requested) {
        QuotaLimit limit = limit(metric);
        if (!limit.admits(used, requested)) {
            throw new QuotaExceededException(metric.key(), limit.value(), used);
        }
    }

    public TenantQuotas with(Map<QuotaMetric, QuotaLimit> changes) {
        EnumMap<QuotaMetric, QuotaLimit> merged = new EnumMap<>(limits);
        merged.putAll(changes);
        return new TenantQuotas(tenantId, merged);
    }
}
