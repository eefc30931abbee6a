package io.streamhub.adapter.persistence.tenant;

import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import java.util.Map;

final class TenantMapper {
    private TenantMapper() {
    }

    static Tenant toDomain(TenantRow row) {
        return new Tenant(new TenantId(row.id()), row.name(), row.plan(), row.createdAt());
    }

    static TenantRow toRow(Tenant tenant) {
        return new TenantRow(tenant.id().value(), tenant.name(), tenant.plan(), tenant.createdAt());
    }

    static TenantQuotas toDomain(QuotaRow row) {
        return new TenantQuotas(new TenantId(row.tenantId()), Map.of(
                QuotaMetric.APPS, new QuotaLimit(row.maxApps()),
                QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(row.maxConcurrentStreams()),
                QuotaMetric.RECORDING_MINUTES_MONTH, new QuotaLimit(row.maxRecordingMinutesMonth()),
                QuotaMetric.EGRESS_GB_MONTH, new QuotaLimit(row.maxEgressGbMonth()),
                QuotaMetric.STORAGE_GB, new QuotaLimit(row.maxStorageGb())));
    }

    static QuotaRow toRow(TenantQuotas quotas) {
        return new QuotaRow(quotas.tenantId().value(),
                quotas.limit(QuotaMetric.APPS).value(),
                quotas.limit(QuotaMetric.CONCURRENT_STREAMS).value(),
                quotas.limit(QuotaMetric.RECORDING_MINUTES_MONTH).value(),
                quotas.limit(QuotaMetric.EGRESS_GB_MONTH).value(),
                quotas.limit(QuotaMetric.STORAGE_GB).value());
    }
}
