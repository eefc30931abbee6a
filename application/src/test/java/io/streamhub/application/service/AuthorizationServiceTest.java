package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.application.port.in.AuthorizeUseCase.AuthorizeQuery;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Requirement;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.TokenScope;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorizationServiceTest {
    private final Requirement deleteApp = new Requirement.Permission(Resource.APP, Action.DELETE);
    private final Requirement readApp = new Requirement.Permission(Resource.APP, Action.READ);

    @Test
    void onRefusesRolesAndHidesOtherTenantsApps() {
        ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
        TenantId acme = f.newTenant("Acme");
        TenantId other = f.newTenant("Other");
        App theirs = f.createApp(f.member(other, "o@other.test", Role.OWNER), "their-app");
        App ours = f.createApp(f.member(acme, "o@acme.test", Role.OWNER), "our-app");
        Principal viewer = f.member(acme, "v@acme.test", Role.VIEWER);
        assertThrows(AccessDeniedException.class, () -> f.authorization.authorize(query(viewer, deleteApp, ours.name())));
        assertThrows(NotFoundException.class, () -> f.authorization.authorize(query(viewer, readApp, theirs.name())));
        assertDoesNotThrow(() -> f.authorization.authorize(query(viewer, readApp, ours.name())));
    }

    @Test
    void logOnlyLogsRoleAndTenantDenialsButKeepsBoundaries() {
        ServiceFixture f = new ServiceFixture(EnforcementMode.LOG);
        TenantId acme = f.newTenant("Acme");
        App ours = f.createApp(f.admin, "our-app");
        App theirs = f.createApp(f.admin, "their-app");
        Principal viewer = f.member(acme, "v@acme.test", Role.VIEWER);
        assertDoesNotThrow(() -> f.authorization.authorize(query(viewer, deleteApp, ours.name())));
        Principal appToken = new Principal.Service(1, TokenScope.APP, Optional.of(ours.name()), TenantId.PLATFORM);
        assertThrows(AccessDeniedException.class, () -> f.authorization.authorize(query(appToken, readApp, theirs.name())));
        assertThrows(AccessDeniedException.class, () -> f.authorization.authorize(new AuthorizeQuery(viewer,
                new Requirement.GlobalScope(), Optional.empty(), Optional.empty())));
    }

    @Test
    void quotasBindAppTokensLikeEveryoneElseWhenOn() {
        ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
        TenantId acme = f.newTenant("Acme");
        f.tenantService.setQuotas(acme, java.util.Map.of(io.streamhub.domain.quota.QuotaMetric.CONCURRENT_STREAMS,
                new io.streamhub.domain.quota.QuotaLimit(0)));
        assertThrows(QuotaExceededException.class,
                () -> f.quotas.ensureRoomFor(acme, io.streamhub.domain.quota.QuotaMetric.CONCURRENT_STREAMS, 1));
        ServiceFixture off = new ServiceFixture(EnforcementMode.OFF);
        TenantId t = off.newTenant("Acme");
        off.tenantService.setQuotas(t, java.util.Map.of(io.streamhub.domain.quota.QuotaMetric.CONCURRENT_STREAMS,
                new io.streamhub.domain.quota.QuotaLimit(0)));
        assertDoesNotThrow(() -> off.quotas.ensureRoomFor(t, io.streamhub.domain.quota.QuotaMetric.CONCURRENT_STREAMS, 1));
    }

    private static AuthorizeQuery query(Principal p, Requirement r, AppName app) {
        return new AuthorizeQuery(p, r, Optional.of(app), Optional.empty());
    }
}
