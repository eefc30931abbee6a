package io.streamhub.adapter.persistence.token;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A token as read: its row joined with the name of its app (null for global tokens). */
@Introspected
record ListedToken(long id, String name, String tokenHash, String scope, @Nullable Long appId, @Nullable String appName,
                   String tenantId, String allowedIpsJson, @Nullable Instant lastUsedAt, Instant createdAt,
                   boolean revoked) {
}
