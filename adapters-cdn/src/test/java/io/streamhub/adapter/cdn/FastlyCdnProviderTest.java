package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;
import io.streamhub.adapter.cdn.fake.ProviderAnswers;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FastlyCdnProviderTest extends CdnProviderContract {
    private static final String TOKEN = "fastly-api-token-ZmFzdGx5";

    @Override
    CdnProviderKind kind() {
        return CdnProviderKind.FASTLY;
    }

    @Override
    CdnProvider provider(String apiUrl) {
        return new FastlyCdnProvider(apiUrl);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("api_token", TOKEN);
    }

    @Override
    Response purgeAccepted(Recorded request) {
        return ProviderAnswers.fastlyPurged();
    }

    /** Fastly API "Purge a URL": POST /purge/{cached_url} (the URL without its scheme), Fastly-Key header; one call per URL. */
    @Override
    void assertPurgeRequests(List<Recorded> requests, List<URI> cdnUrls) {
        assertEquals(cdnUrls.size(), requests.size(), requests.toString());
        for (int i = 0; i < cdnUrls.size(); i++) {
            Recorded request = requests.get(i);
            assertEquals("POST", request.method());
            assertEquals("/purge/" + cdnUrls.get(i).toString().substring("https://".length()), request.rawPath());
            assertEquals(null, request.rawQuery());
            assertEquals(TOKEN, request.header("Fastly-Key"));
            assertEquals("", request.body());
        }
    }

    @Test
    void theCachedUrlKeepsTheHostPortAndPrefixOfTheBaseUrl() {
        provider.purge(new CdnSettings(kind(), URI.create("http://media.example.org:8443/tv/"), null, false, credentials()), List.of(SEGMENT));
        assertEquals("/purge/media.example.org:8443/tv/hls/app1/room1/seg-00042.ts", api.requests().get(0).rawPath());
    }
}
