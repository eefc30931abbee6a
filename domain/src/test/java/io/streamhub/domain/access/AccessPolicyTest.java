package io.streamhub.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.UserId;
import io.streamhub.domain.token.TokenScope;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private final AccessPolicy policy = new AccessPolicy();
    private final TenantId tenantA = TenantId.of(UUID.randomUUID());
    private final TenantId tenantB = TenantId.of(UUID.randomUUID());
    private final AppName appA = new AppName("app-a");
    private final AppName appB = new AppName("app-b");
    private final Requirement readApp = new Requirement.Permission(Resource.APP, Action.READ);
    private final Requirement createApp = new Requirement.Permission(Resource.APP, Action.CREATE);

    private Principal.Member member(TenantId tenant, Role role) {
        return new Principal.Member(UserId.of(UUID.randomUUID()), tenant, role);
    }

    private Principal.Service appToken(AppName app, TenantId tenant) {
        return new Principal.Service(7, TokenScope.APP, Optional.of(app), tenant);
    }

    private final Principal.Service globalToken = new Principal.Service(1, TokenScope.GLOBAL, Optional.empty(), TenantId.PLATFORM);
    private final Principal.Superadmin admin = new Principal.Superadmin(UserId.BREAK_GLASS_ADMIN);

    private AccessTarget app(AppName name, TenantId owner) {
        return new AccessTarget.OfApp(name, Optional.of(owner));
    }

    @Nested
    class GlobalSurfaces {
        @Test
        void admitSuperadminsAndGlobalTokens() {
            assertInstanceOf(AccessDecision.Allowed.class, policy.decide(admin, new Requirement.GlobalScope(), new AccessTarget.None(), false));
            assertInstanceOf(AccessDecision.Allowed.class, policy.decide(globalToken, new Requirement.GlobalScope(), new AccessTarget.None(), false));
        }

        @Test
        void refuseOwnersAndAppTokensInEveryMode() {
            var owner = policy.decide(member(tenantA, Role.OWNER), new Requirement.GlobalScope(), new AccessTarget.None(), true);
            var token = policy.decide(appToken(appA, tenantA), new Requirement.GlobalScope(), new AccessTarget.None(), true);
            assertTrue(((AccessDecision.Denied) owner).alwaysEnforced());
            assertTrue(((AccessDecision.Denied) token).alwaysEnforced());
        }
    }

    @Nested
    class AppTokens {
        @Test
        void reachTheirOwnApp() {
            assertInstanceOf(AccessDecision.Allowed.class, policy.decide(appToken(appA, tenantA), readApp, app(appA, tenantA), false));
        }

        @Test
        void areConfinedEvenWithinTheirTenant() {
            var decision = (AccessDecision.Denied) policy.decide(appToken(appA, tenantA), readApp, app(appB, tenantA), true);
            assertTrue(decision.alwaysEnforced());
            assertFalse(decision.hideExistence());
            assertTrue(decision.reason().contains("app-a"));
        }

        @Test
        void cannotCreateAppsOrActOnTenants() {
            assertInstanceOf(AccessDecision.Denied.class, policy.decide(appToken(appA, tenantA), createApp, new AccessTarget.None(), true));
            assertInstanceOf(AccessDecision.Denied.class, policy.decide(appToken(appA, tenantA),
                    new Requirement.Permission(Resource.USAGE, Action.READ), new AccessTarget.OfTenant(tenantA), true));
        }

        @Test
        void confinementHoldsForUnknownApps() {
            var decision = policy.decide(appToken(appA, tenantA), readApp, new AccessTarget.OfApp(appB, Optional.empty()), true);
            assertInstanceOf(AccessDecision.Denied.class, decision);
        }
    }

    @Nested
    class Members {
        @Test
        void needTheRolePermission() {
            var decision = (AccessDecision.Denied) policy.decide(member(tenantA, Role.VIEWER),
                    new Requirement.Permission(Resource.APP, Action.DELETE), app(appA, tenantA), false);
            assertFalse(decision.alwaysEnforced());
            assertTrue(decision.reason().contains("viewer"));
        }

        @Test
        void reachAppsOfTheirTenant() {
            assertInstanceOf(AccessDecision.Allowed.class, policy.decide(member(tenantA, Role.VIEWER), readApp, app(appA, tenantA), true));
        }

        @Test
        void seeAnotherTenantsAppAsMissing() {
            var decision = (AccessDecision.Denied) policy.decide(member(tenantA, Role.OWNER), readApp, app(appB, tenantB), true);
            assertTrue(decision.hideExistence());
        }

        @Test
        void cannotReadAnotherTenantsUsage() {
            var decision = policy.decide(member(tenantA, Role.OWNER), new Requirement.Permission(Resource.USAGE, Action.READ),
                    new AccessTarget.OfTenant(tenantB), true);
            assertInstanceOf(AccessDecision.Denied.class, decision);
            assertInstanceOf(AccessDecision.Allowed.class, policy.decide(member(tenantA, Role.OWNER),
                    new Requirement.Permission(Resource.USAGE, Action.READ), new AccessTarget.OfTenant(tenantA), true));
        }

        @Test
        void anyPrincipalMeetsAuthenticated() {
            assertEquals(AccessDecision.ALLOWED, policy.decide(member(tenantA, Role.VIEWER), new Requirement.Authenticated(), new AccessTarget.None(), false));
        }
    }

    @Test
    void superadminsAndGlobalTokensReachEveryTenantsApps() {
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide(admin, readApp, app(appB, tenantB), false));
        assertInstanceOf(AccessDecision.Allowed.class, policy.decide(globalToken, readApp, app(appB, tenantB), false));
    }
}
