package io.streamhub.domain.token;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * An {@code sk_} API token as stored: never its plaintext. Invariant: an app-scoped token names
 * its app (id and name), a global one names none.
 */
public record ApiToken(long id, String name, TokenScope scope, Optional<Long> appId, Optional<AppName> appName,
                       TenantId tenantId, TokenHash hash, IpAllowlist allowedIps,
                       Optional<Instant> lastUsedAt, Instant createdAt, boolean revoked) {

    public ApiToken {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name", "name must be 1 to 100 characters");
        }
        if (scope == TokenScope.APP && (appId.isEmpty() || appName.isEmpty())) {
            throw new InvalidInputException("appId", "appId is required when scope=app");
        }
        if (scope == TokenScope.GLOBAL && (appId.isPresent() || appName.isPresent())) {
            throw new InvalidInputException("appId", "appId is only valid when scope=app");
        }
    }

    public ApiToken withId(long newId) {
        return new ApiToken(newId, name, scope, appId, appName, tenantId, hash, allowedIps, lastUsedAt, createdAt, revoked);
    }
}
