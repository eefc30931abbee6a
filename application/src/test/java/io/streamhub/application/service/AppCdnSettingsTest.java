package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.port.in.AppView;
import io.streamhub.application.port.in.UpdateAppCommand;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.error.InvalidInputException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CDN provider settings through AppService: adapters, signing and write-only credentials. */
class AppCdnSettingsTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final AppService apps = new AppService(f.apps, f.tenantRepo, f.workspace, f.secrets, f.quotas, f.cache,
            new CallbackTargets(host -> List.of(), false),
            new CdnProviders(List.of(provider(CdnProviderKind.BUNNY, Set.of("apiKey"), true),
                    provider(CdnProviderKind.CLOUDFLARE, Set.of("apiToken", "zoneId"), false))),
            Fakes.directTransactions(), f.clock);
    private final AppName live = f.createApp(f.admin, "live").name();

    static CdnProvider provider(CdnProviderKind kind, Set<String> names, boolean signs) {
        return new CdnProvider() {
            @Override
            public CdnProviderKind kind() {
                return kind;
            }

            @Override
            public Set<String> credentialNames() {
                return names;
            }

            @Override
            public boolean signsUrls() {
                return signs;
            }

            @Override
            public URI playbackUrl(CdnSettings settings, String path, boolean vod, Instant expiresAt) {
                return URI.create(settings.baseUrl() + path);
            }

            @Override
            public void purge(CdnSettings settings, List<String> paths) {
            }
        };
    }

    private AppView change(String provider, Boolean signed, Map<String, String> credentials) {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.DistributionChanges(null, provider, provider == null ? null : "https://cdn.example.test", null,
                        signed, credentials, null, null, null, null, null, null), null, null);
        return apps.updateConfig(new UpdateAppCommand(live, Optional.empty(), Optional.empty(), changes));
    }

    @Test
    void credentialsGoToTheSecretStoreUnderTheProviderAndOnlyTheirFlagsToTheConfig() {
        AppView view = change("bunny", true, Map.of("apiKey", "k-123"));
        assertEquals(Optional.of("k-123"), f.secrets.get(live, "distribution.cdn.bunny.apiKey"));
        assertEquals(Map.of("apiKey", true), view.cdnCredentials());
        assertEquals(Set.of("apiKey"), apps.config(live).config().distribution().cdn().credentialsSet());
        assertFalse(f.workspace.readConfig(live).toString().contains("k-123"));

        AppView switched = change("cloudflare", false, Map.of("apiToken", "t-1"));
        assertEquals(Map.of("apiToken", true, "zoneId", false), switched.cdnCredentials());
        assertEquals(Optional.of("k-123"), f.secrets.get(live, "distribution.cdn.bunny.apiKey"), "each provider keeps its own");

        change(null, null, Map.of("apiToken", ""));
        assertTrue(f.secrets.get(live, "distribution.cdn.cloudflare.apiToken").isEmpty(), "an empty value clears one");
    }

    @Test
    void providerRulesAreCheckedAgainstTheInstalledAdapters() {
        assertEquals("distribution.cdn.provider", assertThrows(InvalidInputException.class,
                () -> change("fastly", null, null)).field());
        assertEquals("distribution.cdn.signedUrls", assertThrows(InvalidInputException.class,
                () -> change("cloudflare", true, null)).field());
        assertEquals("distribution.cdn.credentials.secret", assertThrows(InvalidInputException.class,
                () -> change("bunny", null, Map.of("secret", "x"))).field());
        assertEquals("distribution.cdn.credentials", assertThrows(InvalidInputException.class,
                () -> change(null, null, Map.of("apiKey", "x"))).field(), "no provider, no credentials");
        assertTrue(f.secrets.get(live, "distribution.cdn.bunny.secret").isEmpty());
    }
}
