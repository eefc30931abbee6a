package io.streamhub.application.service;

import io.streamhub.application.port.in.AuthorizeUseCase;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.RoleAuthorizer;
import io.streamhub.domain.access.AccessDecision;
import io.streamhub.domain.access.AccessPolicy;
import io.streamhub.domain.access.AccessTarget;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Requirement;
import io.streamhub.domain.app.App;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.NotFoundException;

/** Applies the domain {@link AccessPolicy} with the RBAC matrix and the enforcement mode. */
public final class AuthorizationService implements AuthorizeUseCase {
    private static final System.Logger LOG = System.getLogger(AuthorizationService.class.getName());

    private final AccessPolicy policy;
    private final RoleAuthorizer roles;
    private final AppRepository apps;
    private final EnforcementMode mode;

    public AuthorizationService(AccessPolicy policy, RoleAuthorizer roles, AppRepository apps, EnforcementMode mode) {
        this.policy = policy;
        this.roles = roles;
        this.apps = apps;
        this.mode = mode;
    }

    @Override
    public void authorize(AuthorizeQuery query) {
        AccessTarget target = query.app()
                .<AccessTarget>map(name -> new AccessTarget.OfApp(name, apps.findByName(name).map(App::tenantId)))
                .orElseGet(() -> query.tenant().<AccessTarget>map(AccessTarget.OfTenant::new).orElse(new AccessTarget.None()));
        boolean roleAllows = query.principal() instanceof Principal.Member member
                && query.requirement() instanceof Requirement.Permission permission
                && roles.allows(member.role(), permission.resource(), permission.action());
        AccessDecision decision = policy.decide(query.principal(), query.requirement(), target, roleAllows);
        if (!(decision instanceof AccessDecision.Denied denied)) {
            return;
        }
        if (denied.alwaysEnforced() || mode == EnforcementMode.ON) {
            if (denied.hideExistence() && target instanceof AccessTarget.OfApp app) {
                throw new NotFoundException("app", app.app().value());
            }
            if (denied.hideExistence() && target instanceof AccessTarget.OfTenant tenant) {
                throw new NotFoundException("tenant", tenant.tenant().value());
            }
            throw new AccessDeniedException(denied.reason());
        }
        if (mode == EnforcementMode.LOG) {
            LOG.log(System.Logger.Level.WARNING, "WOULD-DENY principal={0} requirement={1}: {2}",
                    query.principal().name(), query.requirement(), denied.reason());
        }
    }
}
