package io.streamhub.adapter.persistence.tenant;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("tenants")
record TenantRow(@Id String id, String name, String plan, Instant createdAt) {
}
