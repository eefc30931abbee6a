package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Requirement;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.util.Optional;

/** Checks a principal against a route's requirement, honouring the enforcement mode. */
public interface AuthorizeUseCase {

    record AuthorizeQuery(Principal principal, Requirement requirement, Optional<AppName> app, Optional<TenantId> tenant) {
    }

    /**
     * @throws io.streamhub.domain.error.AccessDeniedException when refused
     * @throws io.streamhub.domain.error.NotFoundException when the target is not visible to the caller
     */
    void authorize(AuthorizeQuery query);
}
