package io.streamhub.domain.access;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.util.Optional;

/**
 * What a request acts on: nothing in particular, an app (with the tenant that owns it, or empty
 * when the app does not exist), or a tenant.
 */
public sealed interface AccessTarget {

    record None() implements AccessTarget {
    }

    record OfApp(AppName app, Optional<TenantId> owner) implements AccessTarget {
    }

    record OfTenant(TenantId tenant) implements AccessTarget {
    }
}
