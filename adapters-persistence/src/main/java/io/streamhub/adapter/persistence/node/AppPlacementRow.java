package io.streamhub.adapter.persistence.node;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code app_placement}: node ids one per line. */
@MappedEntity("app_placement")
record AppPlacementRow(@Id String appName, String pinned, String denied) {
}
