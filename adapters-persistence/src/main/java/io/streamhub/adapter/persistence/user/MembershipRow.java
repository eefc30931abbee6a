package io.streamhub.adapter.persistence.user;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code memberships}; {@code createdAt} orders a user's tenants (the first is the primary one). */
@MappedEntity("memberships")
record MembershipRow(@EmbeddedId Key key, String role, Instant createdAt) {

    @Embeddable
    record Key(@MappedProperty("user_id") String userId, @MappedProperty("tenant_id") String tenantId) {
    }
}
