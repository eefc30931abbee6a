package io.streamhub.domain.quota;

import io.streamhub.domain.tenant.TenantId;
import java.util.EnumMap;
import java.util.Map;

/** What a tenant uses against what it may use. */
public record UsageReport(TenantId tenantId, String plan, TenantQuotas quotas, Map<QuotaMetric, Long> usage) {

    public UsageReport {
        EnumMap<QuotaMetric, Long> all = new EnumMap<>(QuotaMetric.class);
        for (QuotaMetric metric : QuotaMetric.values()) {
            all.put(metric, usage.getOrDefault(metric, 0L));
        }
        usage = Map.copyOf(all);
    }

    /** At or over the limit: the next unit would be refused. */
    public boolean exhausted(QuotaMetric metric) {
        return !quotas.limit(metric).admits(usage.get(metric), 1);
    }
}
