package io.streamhub.adapter.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

@MappedEntity("users")
record UserRow(@Id String id, String email, String name, @MappedProperty("is_superadmin") boolean superadmin,
               String passwordHash, Instant createdAt) {
}
