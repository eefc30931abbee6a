package io.streamhub.adapter.persistence.node;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code nodes}. */
@MappedEntity("nodes")
record NodeRow(@Id String id, String name, String url, String region, String status, Instant createdAt, @Nullable Instant lastSeenAt,
               String statsJson, @Nullable String mediaNodeId, double maxCpu, long nicBps, int maxParticipants, double cpu, long txBps, int participants,
               int rooms) {
}
