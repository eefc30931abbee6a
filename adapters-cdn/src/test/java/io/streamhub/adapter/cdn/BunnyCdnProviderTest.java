package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.adapter.cdn.fake.BunnyTokenCheck;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;
import io.streamhub.adapter.cdn.fake.ProviderAnswers;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BunnyCdnProviderTest extends CdnProviderContract {
    private static final String TOKEN_KEY = "4b1d2a3c-5e6f-7a8b-9c0d-bunny-test-key";

    @Override
    CdnProviderKind kind() {
        return CdnProviderKind.BUNNY;
    }

    @Override
    CdnProvider provider(String apiUrl) {
        return new BunnyCdnProvider(apiUrl);
    }

    @Override
    Map<String, String> credentials() {
        return Map.of("api_key", "bunny-account-api-key-0f3c9a", "token_key", TOKEN_KEY);
    }

    @Override
    Map<String, String> otherCredentials() {
        return Map.of("api_key", "bunny-account-api-key-0f3c9a", "token_key", "an-attackers-guess-of-the-key");
    }

    @Override
    Response purgeAccepted(Recorded request) {
        return ProviderAnswers.bunnyPurged();
    }

    /** Bunny Core API "Purge URL": POST /purge?url=<url-encoded URL>, AccessKey header, no body; one call per URL. */
    @Override
    void assertPurgeRequests(List<Recorded> requests, List<URI> cdnUrls) {
        assertEquals(cdnUrls.size(), requests.size(), requests.toString());
        for (int i = 0; i < cdnUrls.size(); i++) {
            Recorded request = requests.get(i);
            assertEquals("POST", request.method());
            assertEquals("/purge", request.rawPath());
            assertEquals("url=" + URI.create(cdnUrls.get(i).toString()).toString()
                    .replace(":", "%3A").replace("/", "%2F"), request.rawQuery());
            assertEquals("bunny-account-api-key-0f3c9a", request.header("AccessKey"));
            assertEquals("", request.body());
        }
    }

    /** Bunny's check, written from its documentation (shared with bootstrap's tests through the test-jar). */
    @Override
    boolean cdnAccepts(URI url, Map<String, String> credentials, Instant now) {
        return BunnyTokenCheck.accepts(url, credentials.get("token_key"), now);
    }

    // Vectors computed outside this code base with Python's hashlib/base64 (see docs/cdn.md, "Bunny"):
    // base64.urlsafe_b64encode(hashlib.sha256((key + path + expires + params).encode()).digest()).rstrip(b"=")

    @Test
    void signsAFileExactlyAsBunnysKnownVector() {
        CdnSettings settings = new CdnSettings(kind(), URI.create("https://zone.b-cdn.net"), null, true, credentials());
        URI signed = provider.playbackUrl(settings, "/vod/app1/rec-42.mp4", true, Instant.ofEpochSecond(1767225600));
        assertEquals(URI.create("https://zone.b-cdn.net/vod/app1/rec-42.mp4?token=BaCJgtTD670q9LZD4j4_stEMbxOzHlBv3YkekSt4E3Y&expires=1767225600"),
                signed);
    }

    @Test
    void signsAPlaylistWithADirectoryTokenInThePathAsBunnysKnownVector() {
        CdnSettings settings = new CdnSettings(kind(), URI.create("https://zone.b-cdn.net/live"), null, true, credentials());
        URI signed = provider.playbackUrl(settings, "/hls/app1/room1/index.m3u8", false, Instant.ofEpochSecond(1767225600));
        assertEquals(URI.create("https://zone.b-cdn.net/bcdn_token=HaF0CVqp8Fy5GRwTwSBjXOLxu5JmnRtwxbSU1g6zpQA"
                + "&token_path=%2Flive%2Fhls%2Fapp1%2Froom1%2F&expires=1767225600/live/hls/app1/room1/index.m3u8"), signed);
    }

    @Test
    void purgesWithTheAccountKeyNotTheTokenKey() {
        provider.purge(settings(false), List.of(SEGMENT));
        assertEquals("bunny-account-api-key-0f3c9a", api.requests().get(0).header("AccessKey"));
    }
}
