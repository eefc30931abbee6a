package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.adapter.cdn.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.FakeProviderApi.Response;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        return new Response(200, "application/json", "");
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

    /**
     * Bunny's check, written from its documentation: the token is base64url(SHA256(key + signature path
     * + expires + sorted extra parameters)); the signature path is token_path when present (and the
     * requested path must lie under it), else the requested path; expires is the last valid second.
     */
    @Override
    boolean cdnAccepts(URI url, Map<String, String> credentials, Instant now) {
        String path = url.getRawPath();
        Map<String, String> params = new TreeMap<>();
        if (path.startsWith("/bcdn_token=")) {
            int end = path.indexOf('/', 1);
            parse("token=" + path.substring("/bcdn_token=".length(), end), params);
            path = path.substring(end);
        } else if (url.getRawQuery() != null) {
            parse(url.getRawQuery(), params);
        }
        String token = params.remove("token");
        String expires = params.remove("expires");
        if (token == null || expires == null || now.getEpochSecond() > Long.parseLong(expires)) {
            return false;
        }
        String signaturePath = params.getOrDefault("token_path", path);
        if (!path.startsWith(signaturePath)) {
            return false;
        }
        StringBuilder data = new StringBuilder();
        params.forEach((name, value) -> data.append(data.length() == 0 ? "" : "&").append(name).append('=').append(value));
        return token.equals(sha256Base64Url(credentials.get("token_key") + signaturePath + expires + data));
    }

    private static void parse(String query, Map<String, String> into) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            into.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    private static String sha256Base64Url(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash).replace('+', '-').replace('/', '_').replace("=", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
