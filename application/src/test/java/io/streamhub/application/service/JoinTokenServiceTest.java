package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.RecordingTokenIssuer;
import io.streamhub.application.port.in.JoinTokenUseCases.MintJoinTokenCommand;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.room.JoinRequest;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.TokenScope;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JoinTokenServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final RecordingTokenIssuer issuer = new RecordingTokenIssuer();
    private final JoinTokenService service = new JoinTokenService(f.apps, f.workspace, f.quotas, issuer, Fakes.sequentialIds(),
            new io.streamhub.application.fakes.InMemoryPlacementStore(), new io.streamhub.application.fakes.InMemoryNodeRegistry());

    private JoinRequest publish(String room) {
        return new JoinRequest(room, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void publishersCountAgainstConcurrentStreamsForAppTokensToo() {
        TenantId tenant = f.newTenant("Acme");
        App app = f.createApp(f.member(tenant, "o@acme.test", Role.OWNER), "acme-live");
        f.tenantService.setQuotas(tenant, Map.of(QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(1)));
        Principal token = new Principal.Service(3, TokenScope.APP, Optional.of(app.name()), tenant);
        service.mint(new MintJoinTokenCommand(token, app.name(), publish("a")));
        f.workspace.activeStreams.put(app.name(), 1L);
        QuotaExceededException e = assertThrows(QuotaExceededException.class,
                () -> service.mint(new MintJoinTokenCommand(token, app.name(), publish("b"))));
        assertEquals("maxConcurrentStreams", e.quota());
        assertEquals(1, e.used());
        JoinRequest viewer = new JoinRequest("b", null, null, false, null, null, null, null, null, null);
        assertFalse(service.mint(new MintJoinTokenCommand(token, app.name(), viewer)).grant().canPublish());
    }

    @Test
    void roomsAreNamespacedAndIdentitiesGenerated() {
        App app = f.createApp(f.admin, "live");
        var view = service.mint(new MintJoinTokenCommand(f.admin, app.name(), publish("show")));
        assertEquals("live-show", view.grant().room());
        assertTrue(view.grant().identity().startsWith("anon-"));
        assertEquals(view.grant(), issuer.signed.get(0));
    }

    @Test
    void playTokensExistOnlyWhenTheAppAllowsPublicPlayback() {
        App app = f.createApp(f.admin, "live");
        assertThrows(NotFoundException.class, () -> service.playToken(app.name(), "show"));
        assertThrows(NotFoundException.class, () -> service.playToken(new AppName("missing"), "show"));
        f.appService.updateConfig(new io.streamhub.application.port.in.UpdateAppCommand(app.name(), Optional.empty(), Optional.empty(),
                new AppConfigChanges(null, null, null, null, null, null, null,
                        new AppConfigChanges.FeatureChanges(null, null, null, null, null, null, true), null, null)));
        var view = service.playToken(app.name(), "show");
        assertTrue(view.grant().hidden());
        assertFalse(view.grant().canPublish());
        assertTrue(view.grant().identity().startsWith("viewer-"));
    }
}
