package io.streamhub.adapter.persistence.node;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code room_placements}; the id is {@code <app>/<room>}. */
@MappedEntity("room_placements")
record PlacementRow(@Id String id, String appName, String room, String nodeId, String reasons, Instant decidedAt) {
}
