package io.streamhub.adapter.persistence.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code api_tokens}, as written. */
@MappedEntity("api_tokens")
record ApiTokenRow(@Id @GeneratedValue @Nullable Long id, String name, String tokenHash, String scope,
                   @Nullable Long appId, String tenantId, String allowedIpsJson, @Nullable Instant lastUsedAt,
                   Instant createdAt, boolean revoked) {
}
