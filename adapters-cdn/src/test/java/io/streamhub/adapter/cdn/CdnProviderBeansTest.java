package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.streamhub.adapter.cdn.fake.FakeProviderApi;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The core finds one {@link CdnProvider} bean per provider kind and picks by {@link CdnProvider#kind()}. */
class CdnProviderBeansTest {

    @Test
    void oneBeanPerProviderWithTheRealApiUrlsByDefault() {
        try (ApplicationContext context = ApplicationContext.run()) {
            Set<CdnProviderKind> kinds = context.getBeansOfType(CdnProvider.class).stream().map(CdnProvider::kind)
                    .collect(Collectors.toSet());
            assertEquals(EnumSet.of(CdnProviderKind.BUNNY, CdnProviderKind.CLOUDFLARE, CdnProviderKind.CLOUDFRONT,
                    CdnProviderKind.FASTLY), kinds);
        }
    }

    @Test
    void theApiUrlOfEachProviderComesFromConfiguration() {
        try (FakeProviderApi api = FakeProviderApi.start();
             ApplicationContext context = ApplicationContext.run(Map.of(
                     "streamhub.cdn.bunny.api-url", api.url(),
                     "streamhub.cdn.cloudflare.api-url", api.url(),
                     "streamhub.cdn.fastly.api-url", api.url()))) {
            api.respond(r -> new FakeProviderApi.Response(200, "application/json", "{\"success\":true}"));
            Map<CdnProviderKind, Map<String, String>> credentials = Map.of(
                    CdnProviderKind.BUNNY, Map.of("api_key", "k", "token_key", "t"),
                    CdnProviderKind.CLOUDFLARE, Map.of("zone_id", "z1", "api_token", "t"),
                    CdnProviderKind.FASTLY, Map.of("api_token", "t"));
            for (CdnProvider provider : context.getBeansOfType(CdnProvider.class)) {
                if (credentials.containsKey(provider.kind())) {
                    provider.purge(new CdnSettings(provider.kind(), URI.create("https://cdn.example.com"), null, false,
                            credentials.get(provider.kind())), List.of("/hls/a/r/index.m3u8"));
                }
            }
            assertEquals(Set.of("/purge", "/client/v4/zones/z1/purge_cache", "/purge/cdn.example.com/hls/a/r/index.m3u8"),
                    api.requests().stream().map(FakeProviderApi.Recorded::rawPath).collect(Collectors.toSet()));
        }
    }
}
