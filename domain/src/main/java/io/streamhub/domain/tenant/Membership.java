package io.streamhub.domain.tenant;

/** A user's role in one tenant. */
public record Membership(UserId userId, TenantId tenantId, Role role) {
}
