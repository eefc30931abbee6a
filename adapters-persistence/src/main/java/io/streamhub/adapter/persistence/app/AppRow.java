package io.streamhub.adapter.persistence.app;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code apps}. {@code nodeId} belongs to the cluster registry: a new app has none and updates leave it alone. */
@MappedEntity("apps")
record AppRow(@Id @GeneratedValue @Nullable Long id, String name, String displayName, String livekitRoomPrefix,
              String tenantId, @Nullable String nodeId, Instant createdAt, Instant updatedAt) {
}
