package io.streamhub.domain.app;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;

/**
 * A multi-tenant application: a slug, a display name, a room namespace and its owning tenant.
 * Invariant: the display name is 1 to 100 characters.
 */
public record App(long id, AppName name, String displayName, RoomPrefix roomPrefix, TenantId tenantId,
                  Instant createdAt, Instant updatedAt) {

    public App {
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidInputException("displayName", "displayName must be 1 to 100 characters");
        }
    }

    /** A new app, not yet stored (id 0). Defaults: display name = name, prefix = name. */
    public static App create(AppName name, String displayName, RoomPrefix roomPrefix, TenantId tenant, Instant now) {
        return new App(0, name,
                displayName == null ? name.value() : displayName,
                roomPrefix == null ? new RoomPrefix(name.value()) : roomPrefix,
                tenant, now, now);
    }

    public App withId(long newId) {
        return new App(newId, name, displayName, roomPrefix, tenantId, createdAt, updatedAt);
    }

    public App rename(String newDisplayName, RoomPrefix newPrefix, Instant now) {
        return new App(id, name,
                newDisplayName == null ? displayName : newDisplayName,
                newPrefix == null ? roomPrefix : newPrefix,
                tenantId, createdAt, now);
    }
}
