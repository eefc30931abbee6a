package io.streamhub.application.service;

import io.streamhub.application.fakes.FakeWorkspace;
import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryApiTokenRepository;
import io.streamhub.application.fakes.InMemoryAppRepository;
import io.streamhub.application.fakes.InMemorySecretStore;
import io.streamhub.application.fakes.InMemoryTenantRepository;
import io.streamhub.application.fakes.InMemoryUserRepository;
import io.streamhub.application.fakes.RecordingMetrics;
import io.streamhub.application.port.in.CreateAppCommand;
import io.streamhub.application.port.in.TenantUseCases;
import io.streamhub.domain.access.AccessPolicy;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The services wired on in-memory fakes, as bootstrap wires them on adapters. */
class ServiceFixture {
    final Fakes.MutableClock clock = new Fakes.MutableClock(Instant.parse("2026-11-21T00:00:00Z"));
    final InMemoryAppRepository apps = new InMemoryAppRepository();
    final InMemoryApiTokenRepository tokens = new InMemoryApiTokenRepository(apps);
    final InMemoryTenantRepository tenantRepo = new InMemoryTenantRepository();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySecretStore secrets = new InMemorySecretStore();
    final FakeWorkspace workspace = new FakeWorkspace();
    final TokenCache cache = new TokenCache(Duration.ofSeconds(10));
    final RecordingMetrics metrics = new RecordingMetrics();
    final io.streamhub.application.fakes.InMemoryVodRepository vods = new io.streamhub.application.fakes.InMemoryVodRepository();
    final QuotaGuard quotas;
    final AppService appService;
    final ApiTokenService tokenService;
    final TenantService tenantService;
    final AuthorizationService authorization;
    final AuthenticationService authentication;
    final Principal admin = new Principal.Superadmin(UserId.BREAK_GLASS_ADMIN);

    ServiceFixture(EnforcementMode mode) {
        var tx = Fakes.directTransactions();
        quotas = new QuotaGuard(tenantRepo, apps, workspace, mode, metrics, vods, clock);
        appService = new AppService(apps, tenantRepo, workspace, secrets, quotas, cache,
                new CallbackTargets(host -> java.util.List.of(), false), tx, clock);
        tokenService = new ApiTokenService(tokens, apps, Fakes.sequentialIds(), cache, clock);
        tenantService = new TenantService(tenantRepo, users, Fakes.plainHasher(), quotas, Fakes.sequentialIds(), tx, clock);
        authorization = new AuthorizationService(new AccessPolicy(), Fakes.simpleRoles(), apps, mode);
        authentication = new AuthenticationService(new AuthenticationService.BreakGlassAdmin("admin", "pw-admin-123"),
                users, Fakes.plainHasher());
        tenantService.ensurePlatformTenant();
    }

    TenantId newTenant(String name) {
        return tenantService.create(new TenantUseCases.CreateTenantCommand(name, Optional.empty())).tenant().id();
    }

    Principal member(TenantId tenant, String email, Role role) {
        TenantUseCases.MemberView member = tenantService.addMember(new TenantUseCases.AddMemberCommand(tenant,
                new Email(email), Optional.empty(), Optional.of("password-123"), role));
        return new Principal.Member(member.userId(), tenant, role);
    }

    App createApp(Principal actor, String name) {
        return appService.create(new CreateAppCommand(actor, new AppName(name), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
