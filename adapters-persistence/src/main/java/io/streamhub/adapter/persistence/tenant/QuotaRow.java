package io.streamhub.adapter.persistence.tenant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code quotas}: one limit per metric, -1 for unlimited. */
@MappedEntity("quotas")
record QuotaRow(@Id String tenantId, long maxApps, long maxConcurrentStreams, long maxRecordingMinutesMonth,
                long maxEgressGbMonth, long maxStorageGb) {
}
