package io.streamhub.domain.access;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.UserId;
import io.streamhub.domain.token.TokenScope;
import java.util.Optional;

/** Who is calling, once authenticated. */
public sealed interface Principal {

    /** A stable name for logs and audit: {@code admin}, {@code usr_…} or {@code token:<id>}. */
    String name();

    TenantId tenantId();

    /** The break-glass administrator or a user flagged superadmin: reaches everything. */
    record Superadmin(UserId userId) implements Principal {
        public String name() {
            return userId.value();
        }

        public TenantId tenantId() {
            return TenantId.PLATFORM;
        }
    }

    /** A dashboard user acting in one tenant with one role. */
    record Member(UserId userId, TenantId tenantId, Role role) implements Principal {
        public String name() {
            return userId.value();
        }
    }

    /** An {@code sk_} API token. A global token acts for the platform tenant; an app token for its app's tenant. */
    record Service(long tokenId, TokenScope scope, Optional<AppName> app, TenantId tenantId) implements Principal {
        public String name() {
            return "token:" + tokenId;
        }
    }
}
