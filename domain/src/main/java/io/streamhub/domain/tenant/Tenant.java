package io.streamhub.domain.tenant;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;

/** An organisation that owns apps and members, bounded by its quotas. */
public record Tenant(TenantId id, String name, String plan, Instant createdAt) {
    public Tenant {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("name", "name must be 1 to 200 characters");
        }
        if (plan == null || !plan.matches("^[a-z0-9_-]{1,40}$")) {
            throw new InvalidInputException("plan", "plan must match ^[a-z0-9_-]{1,40}$");
        }
    }
}
