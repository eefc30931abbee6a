package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.cdn.fake.BunnyTokenCheck;
import io.streamhub.adapter.cdn.fake.CloudFrontSignatureCheck;
import io.streamhub.adapter.cdn.fake.FakeProviderApi;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.ProviderAnswers;
import io.streamhub.adapter.cdn.fake.SigV4Check;
import io.streamhub.adapter.livekit.LiveKitMediaServerGateway;
import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.room.RoomSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's "switching {@code cdn.provider} from bunny to cloudfront changes playback URLs and purge
 * calls with no code change", end to end through the running core: the real provider adapters of
 * adapters-cdn, their APIs pointed at the local fakes of adapters-cdn's test-jar, signatures checked by
 * the independent implementations there (Bunny token authentication, CloudFront RSA-SHA1 policies with
 * the public key, AWS SigV4). The provider changes by {@code PATCH …/config} only: no restart.
 */
@MicronautTest(transactional = false)
class CdnSwitchTest extends ApiTestSupport {
    static final FakeMediaServer MEDIA = new FakeMediaServer();
    static final FakeProviderApi BUNNY = FakeProviderApi.start();
    static final FakeProviderApi CLOUDFRONT = FakeProviderApi.start();
    static final FakeProviderApi CLOUDFLARE = FakeProviderApi.start();
    static final FakeProviderApi FASTLY = FakeProviderApi.start();

    static final String APP = "switcher";
    static final String ROOM = "switcher-show";
    static final String PLAYLIST = "/hls/" + APP + "/" + ROOM + "/index.m3u8";

    static final String BUNNY_BASE = "https://switcher.b-cdn.test";
    static final String BUNNY_API_KEY = "bunny-account-key-for-switch-0123456789";
    static final String BUNNY_TOKEN_KEY = "bunny-token-key-for-switch-0123456789";

    static final String CLOUDFRONT_BASE = "https://d111111abcdef8.cloudfront.test";
    static final String DISTRIBUTION_ID = "EDFDVBD6EXAMPLE";
    static final String ACCESS_KEY_ID = "AKIAIOSFODNN7SWITCH0";
    static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSWITCHKEY";
    static final String KEY_PAIR_ID = "K2JCJMDEHXQW5F";
    static final KeyPair CLOUDFRONT_KEYS = rsaKeyPair();
    static final String PRIVATE_KEY_PEM = "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(CLOUDFRONT_KEYS.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";

    static final String CLOUDFLARE_BASE = "https://switcher.cf.test";
    static final String CLOUDFLARE_ZONE = "023e105f4ecef8ad9ca31a8372d0c353";
    static final String CLOUDFLARE_TOKEN = "cloudflare-token-for-switch-0123456789";
    static final String FASTLY_BASE = "https://switcher.fastly.test";
    static final String FASTLY_TOKEN = "fastly-token-for-switch-0123456789";

    static {
        BUNNY.respond(r -> ProviderAnswers.bunnyPurged());
        CLOUDFRONT.respond(r -> ProviderAnswers.cloudFrontInvalidationCreated());
        CLOUDFLARE.respond(r -> ProviderAnswers.cloudflarePurged());
        FASTLY.respond(r -> ProviderAnswers.fastlyPurged());
        // the logs of this run must show none of them (architecture-tests' LogsCarryNoSecretsTest)
        TestSecrets.remember(BUNNY_API_KEY, BUNNY_TOKEN_KEY, SECRET_ACCESS_KEY, CLOUDFLARE_TOKEN, FASTLY_TOKEN,
                PRIVATE_KEY_PEM.split("\n")[3]);
    }

    @MockBean(LiveKitMediaServerGateway.class)
    MediaServerGateway fakeMediaServer() {
        return MEDIA;
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.cdn.bunny.api-url", BUNNY.url(), "streamhub.cdn.cloudfront.api-url", CLOUDFRONT.url(),
                "streamhub.cdn.cloudflare.api-url", CLOUDFLARE.url(), "streamhub.cdn.fastly.api-url", FASTLY.url());
    }

    @AfterAll
    void stopFakes() {
        List.of(BUNNY, CLOUDFRONT, CLOUDFLARE, FASTLY).forEach(FakeProviderApi::close);
    }

    Reply config(String admin, Map<String, Object> cdn) {
        Map<String, Object> body = Map.of("features", Map.of("publicPlayback", true), "distribution", Map.of("mode", "cdn", "cdn", cdn));
        try {
            return call("PATCH", "/api/v1/apps/" + APP + "/config", admin, json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The HLS URL a viewer gets, asking anonymously (public playback). */
    @SuppressWarnings("unchecked")
    URI playbackUrl(String expectedProvider) {
        Reply plan = call("GET", "/api/v1/apps/" + APP + "/playback/" + ROOM, null, null).expect(200);
        assertEquals("cdn", plan.data().get("mode"));
        assertEquals("hls", plan.data().get("protocol"));
        Map<String, Object> hls = (Map<String, Object>) plan.data().get("hls");
        assertEquals(expectedProvider, hls.get("provider"), plan.raw().body());
        return URI.create((String) hls.get("url"));
    }

    Reply purge(String admin) {
        return call("POST", "/api/v1/apps/" + APP + "/distribution/purge", admin, "{\"paths\":[\"" + PLAYLIST + "\"]}");
    }

    @Test
    void switchingTheProviderInConfigSwitchesPlaybackUrlsAndPurgesWithoutARestart() throws Exception {
        String admin = adminJwt();
        createApp(admin, APP);
        MEDIA.createRoom(new RoomSpec(ROOM, 0, 0, "", Optional.empty()));

        // ---- Bunny, signed -------------------------------------------------------------------------
        Map<String, Object> bunny = new LinkedHashMap<>(Map.of("provider", "bunny", "baseUrl", BUNNY_BASE, "signedUrls", true,
                "credentials", Map.of("api_key", BUNNY_API_KEY, "token_key", BUNNY_TOKEN_KEY)));
        Reply configured = config(admin, bunny).expect(200);
        assertFalse(configured.raw().body().contains(BUNNY_TOKEN_KEY), "credentials are write-only");
        URI bunnyUrl = playbackUrl("bunny");
        Instant now = Instant.now();
        String bunnyDirectory = "/hls/" + APP + "/" + ROOM + "/";
        assertTrue(bunnyUrl.toString().startsWith(BUNNY_BASE + "/bcdn_token="), bunnyUrl.toString());
        assertTrue(bunnyUrl.getRawPath().contains("&token_path=" + URLEncoder.encode(bunnyDirectory, StandardCharsets.UTF_8) + "&expires="),
                bunnyUrl.toString());
        assertTrue(bunnyUrl.getRawPath().endsWith(PLAYLIST), bunnyUrl.toString());
        assertTrue(BunnyTokenCheck.accepts(bunnyUrl, BUNNY_TOKEN_KEY, now), "Bunny refuses " + bunnyUrl);
        assertTrue(BunnyTokenCheck.accepts(bunnyUrl.resolve("seg-00001.ts"), BUNNY_TOKEN_KEY, now), "a listed segment is covered");
        assertFalse(BunnyTokenCheck.accepts(bunnyUrl, "another-token-key", now), "the check accepts any key");
        assertFalse(BunnyTokenCheck.accepts(bunnyUrl.resolve("../other-room/index.m3u8"), BUNNY_TOKEN_KEY, now), "another room opens");
        assertFalse(BunnyTokenCheck.accepts(bunnyUrl, BUNNY_TOKEN_KEY, now.plusSeconds(7 * 3600)), "valid past the 6 h TTL");
        assertEquals(List.of(), CLOUDFRONT.requests(), "building a URL calls no API");

        assertEquals(Map.of("provider", "bunny", "paths", 1), purge(admin).expect(200).data());
        assertEquals(1, BUNNY.requests().size(), BUNNY.requests().toString());
        Recorded bunnyPurge = BUNNY.requests().get(0);
        assertEquals("POST", bunnyPurge.method());
        assertEquals("/purge", bunnyPurge.rawPath());
        assertEquals("url=" + URLEncoder.encode(BUNNY_BASE + PLAYLIST, StandardCharsets.UTF_8), bunnyPurge.rawQuery());
        assertEquals(BUNNY_API_KEY, bunnyPurge.header("AccessKey"));
        assertEquals("", bunnyPurge.body());

        // ---- CloudFront, signed: one PATCH, same routes ---------------------------------------------
        Map<String, Object> cloudFront = Map.of("provider", "cloudfront", "baseUrl", CLOUDFRONT_BASE, "signedUrls", true,
                "credentials", Map.of("distribution_id", DISTRIBUTION_ID, "access_key_id", ACCESS_KEY_ID,
                        "secret_access_key", SECRET_ACCESS_KEY, "key_pair_id", KEY_PAIR_ID, "private_key", PRIVATE_KEY_PEM));
        configured = config(admin, cloudFront).expect(200);
        assertFalse(configured.raw().body().contains(SECRET_ACCESS_KEY), "credentials are write-only");
        URI cloudFrontUrl = playbackUrl("cloudfront");
        now = Instant.now();
        PublicKey publicKey = CLOUDFRONT_KEYS.getPublic();
        assertEquals(CLOUDFRONT_BASE + PLAYLIST, cloudFrontUrl.getScheme() + "://" + cloudFrontUrl.getRawAuthority() + cloudFrontUrl.getRawPath());
        assertTrue(cloudFrontUrl.getRawQuery().startsWith("Policy="), cloudFrontUrl.toString());
        assertTrue(cloudFrontUrl.getRawQuery().endsWith("&Key-Pair-Id=" + KEY_PAIR_ID), cloudFrontUrl.toString());
        assertTrue(CloudFrontSignatureCheck.policyOf(cloudFrontUrl).contains("\"Resource\":\"" + CLOUDFRONT_BASE + "/hls/" + APP + "/" + ROOM + "/*\""),
                CloudFrontSignatureCheck.policyOf(cloudFrontUrl));
        assertTrue(CloudFrontSignatureCheck.accepts(cloudFrontUrl, publicKey, KEY_PAIR_ID, now), "CloudFront refuses " + cloudFrontUrl);
        URI segment = URI.create(CLOUDFRONT_BASE + "/hls/" + APP + "/" + ROOM + "/seg-00001.ts?" + cloudFrontUrl.getRawQuery());
        assertTrue(CloudFrontSignatureCheck.accepts(segment, publicKey, KEY_PAIR_ID, now), "the player's segment request (query carried over)");
        URI otherRoom = URI.create(CLOUDFRONT_BASE + "/hls/" + APP + "/other-room/index.m3u8?" + cloudFrontUrl.getRawQuery());
        assertFalse(CloudFrontSignatureCheck.accepts(otherRoom, publicKey, KEY_PAIR_ID, now), "another room opens");
        assertFalse(CloudFrontSignatureCheck.accepts(cloudFrontUrl, rsaKeyPair().getPublic(), KEY_PAIR_ID, now), "the check accepts any key");
        assertFalse(CloudFrontSignatureCheck.accepts(cloudFrontUrl, publicKey, KEY_PAIR_ID, now.plusSeconds(7 * 3600)), "valid past the 6 h TTL");
        assertFalse(BunnyTokenCheck.accepts(cloudFrontUrl, BUNNY_TOKEN_KEY, now), "still a Bunny URL");

        assertEquals(Map.of("provider", "cloudfront", "paths", 1), purge(admin).expect(200).data());
        assertEquals(1, CLOUDFRONT.requests().size(), CLOUDFRONT.requests().toString());
        Recorded invalidation = CLOUDFRONT.requests().get(0);
        assertEquals("POST", invalidation.method());
        assertEquals("/2020-05-31/distribution/" + DISTRIBUTION_ID + "/invalidation", invalidation.rawPath());
        assertTrue(SigV4Check.valid(invalidation, ACCESS_KEY_ID, SECRET_ACCESS_KEY, "us-east-1", "cloudfront"),
                "bad SigV4: " + invalidation.headers());
        assertTrue(invalidation.body().contains("<Quantity>1</Quantity>"), invalidation.body());
        assertTrue(invalidation.body().contains("<Path>" + PLAYLIST + "</Path>"), invalidation.body());
        assertEquals(1, BUNNY.requests().size(), "Bunny sees nothing more after the switch");

        // ---- Cloudflare and Fastly (unsigned: they cannot sign) --------------------------------------
        config(admin, Map.of("provider", "cloudflare", "baseUrl", CLOUDFLARE_BASE, "signedUrls", false,
                "credentials", Map.of("zone_id", CLOUDFLARE_ZONE, "api_token", CLOUDFLARE_TOKEN))).expect(200);
        assertEquals(URI.create(CLOUDFLARE_BASE + PLAYLIST), playbackUrl("cloudflare"));
        assertEquals(Map.of("provider", "cloudflare", "paths", 1), purge(admin).expect(200).data());
        assertEquals(1, CLOUDFLARE.requests().size(), CLOUDFLARE.requests().toString());
        assertEquals("/client/v4/zones/" + CLOUDFLARE_ZONE + "/purge_cache", CLOUDFLARE.requests().get(0).rawPath());
        assertEquals("Bearer " + CLOUDFLARE_TOKEN, CLOUDFLARE.requests().get(0).header("Authorization"));
        assertEquals("{\"files\":[\"" + CLOUDFLARE_BASE + PLAYLIST + "\"]}", CLOUDFLARE.requests().get(0).body());

        config(admin, Map.of("provider", "fastly", "baseUrl", FASTLY_BASE, "credentials", Map.of("api_token", FASTLY_TOKEN))).expect(200);
        assertEquals(URI.create(FASTLY_BASE + PLAYLIST), playbackUrl("fastly"));
        assertEquals(Map.of("provider", "fastly", "paths", 1), purge(admin).expect(200).data());
        assertEquals(1, FASTLY.requests().size(), FASTLY.requests().toString());
        assertEquals("/purge/" + FASTLY_BASE.substring("https://".length()) + PLAYLIST, FASTLY.requests().get(0).rawPath());
        assertEquals(FASTLY_TOKEN, FASTLY.requests().get(0).header("Fastly-Key"));

        // ---- back to Bunny: its credentials were kept, nothing to resend -----------------------------
        Reply back = config(admin, Map.of("provider", "bunny", "baseUrl", BUNNY_BASE, "signedUrls", true)).expect(200);
        assertEquals(Map.of("api_key", true, "token_key", true),
                ((Map<?, ?>) ((Map<?, ?>) back.data().get("distribution")).get("cdn")).get("credentialsSet"), back.raw().body());
        URI again = playbackUrl("bunny");
        assertTrue(BunnyTokenCheck.accepts(again, BUNNY_TOKEN_KEY, Instant.now()), "Bunny refuses " + again);
        purge(admin).expect(200);
        assertEquals(2, BUNNY.requests().size(), BUNNY.requests().toString());
        assertEquals(BUNNY_API_KEY, BUNNY.requests().get(1).header("AccessKey"));
        assertEquals(List.of(1, 1, 1), List.of(CLOUDFRONT.requests().size(), CLOUDFLARE.requests().size(), FASTLY.requests().size()),
                "the other providers see nothing more");

        // ---- provider none: the origin serves, nothing to purge --------------------------------------
        config(admin, Map.of("provider", "none", "baseUrl", "", "signedUrls", false)).expect(200);
        URI origin = playbackUrl("none");
        assertTrue(origin.getRawPath().equals(PLAYLIST) && !origin.getHost().startsWith("switcher."), origin.toString());
        assertEquals(409, purge(admin).status());
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
