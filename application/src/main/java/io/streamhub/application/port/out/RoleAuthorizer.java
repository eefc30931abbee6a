package io.streamhub.application.port.out;

import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.tenant.Role;

/** The RBAC matrix: may a role do an action on a kind of resource. */
public interface RoleAuthorizer {
    boolean allows(Role role, Resource resource, Action action);
}
