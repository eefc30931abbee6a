package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.streamhub.application.port.in.CreateAppCommand;
import io.streamhub.application.service.ApiTokenService;
import io.streamhub.application.service.AppService;
import io.streamhub.application.service.TenantService;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.UserId;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Seeds what a fresh install needs: the platform tenant and, on first boot only, the default app
 * {@code live}; keeps the installer's {@code STREAMHUB_API_TOKEN} as a global token.
 */
@Singleton
public class FirstBoot implements ApplicationEventListener<StartupEvent> {
    private final TenantService tenants;
    private final AppService apps;
    private final ApiTokenService tokens;
    private final String seededToken;

    public FirstBoot(TenantService tenants, AppService apps, ApiTokenService tokens,
                     @Value("${streamhub.api-token:}") String seededToken) {
        this.tenants = tenants;
        this.apps = apps;
        this.tokens = tokens;
        this.seededToken = seededToken;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (tenants.ensurePlatformTenant()) {
            apps.create(new CreateAppCommand(new Principal.Superadmin(UserId.BREAK_GLASS_ADMIN), new AppName("live"),
                    Optional.of("Live"), Optional.empty(), Optional.empty()));
        }
        if (!seededToken.isBlank()) {
            tokens.ensureSeeded(seededToken);
        }
    }
}
