package io.streamhub.domain.access;

import io.streamhub.domain.token.TokenScope;

/**
 * Decides whether a principal may meet a route's {@link Requirement} on a target. Rules, in order:
 * <ol>
 *   <li>global surfaces admit only superadmins and global tokens (always enforced);</li>
 *   <li>an app token is confined to its own app: other apps, tenants and app creation are refused
 *       (always enforced);</li>
 *   <li>superadmins and tokens that got this far are allowed;</li>
 *   <li>a member needs the role permission, and the target must belong to the member's tenant
 *       (another tenant's app is answered as not found).</li>
 * </ol>
 * The role matrix itself is supplied by the caller as {@code roleAllows}: it is policy data, kept
 * outside the domain in the RBAC model.
 */
public final class AccessPolicy {

    public AccessDecision decide(Principal principal, Requirement requirement, AccessTarget target, boolean roleAllows) {
        if (requirement instanceof Requirement.Authenticated) {
            return AccessDecision.ALLOWED;
        }
        boolean global = principal instanceof Principal.Superadmin
                || principal instanceof Principal.Service s && s.scope() == TokenScope.GLOBAL;
        if (requirement instanceof Requirement.GlobalScope) {
            return global ? AccessDecision.ALLOWED
                    : new AccessDecision.Denied("this route requires global scope (superadmin or global token)", false, true);
        }
        Requirement.Permission permission = (Requirement.Permission) requirement;
        if (principal instanceof Principal.Service s && s.scope() == TokenScope.APP) {
            return confineAppToken(s, permission, target);
        }
        if (global) {
            return AccessDecision.ALLOWED;
        }
        Principal.Member member = (Principal.Member) principal;
        if (!roleAllows) {
            return new AccessDecision.Denied("role " + member.role().key() + " may not "
                    + permission.action().key() + " " + permission.resource().key(), false, false);
        }
        if (target instanceof AccessTarget.OfApp app && app.owner().isPresent()
                && !app.owner().get().equals(member.tenantId())) {
            return new AccessDecision.Denied("app " + app.app() + " belongs to another tenant", true, false);
        }
        if (target instanceof AccessTarget.OfTenant tenant && !tenant.tenant().equals(member.tenantId())) {
            return new AccessDecision.Denied("tenant " + tenant.tenant() + " is not yours", true, false);
        }
        return AccessDecision.ALLOWED;
    }

    private AccessDecision confineAppToken(Principal.Service token, Requirement.Permission permission, AccessTarget target) {
        String own = token.app().map(Object::toString).orElse("?");
        if (target instanceof AccessTarget.OfApp app) {
            return token.app().filter(app.app()::equals).isPresent()
                    ? AccessDecision.ALLOWED
                    : new AccessDecision.Denied("this token is confined to app " + own, false, true);
        }
        if (target instanceof AccessTarget.OfTenant || permission.resource() == Resource.APP && permission.action() == Action.CREATE) {
            return new AccessDecision.Denied("this token is confined to app " + own, false, true);
        }
        // listing routes without a target: the service narrows the result to the token's app
        return AccessDecision.ALLOWED;
    }
}
