package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;
import io.streamhub.adapter.cdn.fake.ProviderAnswers;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnFailure;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CloudflareCdnProviderTest extends CdnProviderContract {
    private static final String ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
    private static final String TOKEN = "cf-api-token-Y2xvdWRmbGFyZQ";

    @Override
    CdnProviderKind kind() {
        return CdnProviderKind.CLOUDFLARE;
    }

    @Override
    CdnProvider provider(String apiUrl) {
        return new CloudflareCdnProvider(apiUrl);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("zone_id", ZONE, "api_token", TOKEN);
    }

    @Override
    Response purgeAccepted(Recorded request) {
        return ProviderAnswers.cloudflarePurged();
    }

    /** Cloudflare API "Purge Cached Content": POST /client/v4/zones/{zone_id}/purge_cache, Bearer token, JSON {"files":[...]}. */
    @Override
    void assertPurgeRequests(List<Recorded> requests, List<URI> cdnUrls) {
        assertEquals(1, requests.size(), requests.toString());
        Recorded request = requests.get(0);
        assertEquals("POST", request.method());
        assertEquals("/client/v4/zones/" + ZONE + "/purge_cache", request.rawPath());
        assertEquals(null, request.rawQuery());
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertEquals("application/json", request.header("Content-Type"));
        assertEquals(files(cdnUrls.stream().map(URI::toString).toList()), request.body());
    }

    private static String files(List<String> urls) {
        return urls.stream().map(u -> "\"" + u + "\"").collect(Collectors.joining(",", "{\"files\":[", "]}"));
    }

    @Test
    void purgesAtMostThirtyUrlsACall() {
        List<String> paths = IntStream.range(0, 61).mapToObj(i -> "/hls/app1/room1/seg-" + i + ".ts").toList();
        provider.purge(settings(false), paths);
        List<Recorded> requests = api.requests();
        assertEquals(3, requests.size());
        List<String> urls = paths.stream().map(p -> "https://cdn.example.com/live" + p).toList();
        assertEquals(files(urls.subList(0, 30)), requests.get(0).body());
        assertEquals(files(urls.subList(30, 60)), requests.get(1).body());
        assertEquals(files(urls.subList(60, 61)), requests.get(2).body());
    }

    @Test
    void anAnswerThatIsNotSuccessIsAFailureEvenWithStatus200() {
        api.respond(r -> new Response(200, "application/json", "{\"success\":false,\"errors\":[{\"code\":1012,\"message\":\"x\"}]}"));
        CdnFailure failure = assertThrows(CdnFailure.class, () -> provider.purge(settings(false), List.of(PLAYLIST)));
        assertTrue(failure.getMessage().contains("not success"), failure.getMessage());
    }

    @Test
    void aZoneIdThatIsNotAnIdentifierIsRefusedBeforeAnyCall() {
        var settings = new io.streamhub.application.port.out.CdnProvider.CdnSettings(kind(), BASE, null, false,
                Map.of("zone_id", "../../accounts", "api_token", TOKEN));
        assertThrows(CdnFailure.class, () -> provider.purge(settings, List.of(PLAYLIST)));
        assertEquals(List.of(), api.requests());
    }
}
