package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.livekit.LiveKitMediaServerGateway;
import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.service.CdnProviders;
import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.room.ParticipantInfo;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The viewer router, the players' stats, the tracker's allow-list and CDN purges, end to end over
 * HTTP, with fake CDN providers (the real adapters live in adapters-cdn) and a fake media server.
 */
@MicronautTest(transactional = false)
class PlaybackApiTest extends ApiTestSupport {
    static final String METRICS_TOKEN = "metrics-token-for-playback-0123456789";
    static final String TRACKER_SECRET = "tracker-secret-for-playback-0123456789";
    static final FakeMediaServer MEDIA = new FakeMediaServer();
    static final FakeCdn BUNNY = new FakeCdn(CdnProviderKind.BUNNY, Set.of("apiKey"), true);
    static final FakeCdn CLOUDFLARE = new FakeCdn(CdnProviderKind.CLOUDFLARE, Set.of("apiToken", "zoneId"), false);

    static {
        TestSecrets.remember(METRICS_TOKEN, TRACKER_SECRET, "bunny-key-secret-value");
    }

    /** A CDN provider that rewrites URLs onto its base URL and records purges. */
    static final class FakeCdn implements CdnProvider {
        final CdnProviderKind kind;
        final Set<String> names;
        final boolean signs;
        final List<List<String>> purged = new CopyOnWriteArrayList<>();
        volatile String failWith;

        FakeCdn(CdnProviderKind kind, Set<String> names, boolean signs) {
            this.kind = kind;
            this.names = names;
            this.signs = signs;
        }

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
            return URI.create(settings.baseUrl() + path + (settings.signedUrls() ? "?expires=" + expiresAt.getEpochSecond() : ""));
        }

        @Override
        public void purge(CdnSettings settings, List<String> paths) {
            if (failWith != null) {
                throw new CdnFailure(failWith, null);
            }
            names.forEach(settings::credential);
            purged.add(paths);
        }
    }

    @MockBean(LiveKitMediaServerGateway.class)
    MediaServerGateway fakeMediaServer() {
        return MEDIA;
    }

    /** Only the fake providers, whatever adapters the classpath holds. */
    @io.micronaut.context.annotation.Factory
    @io.micronaut.context.annotation.Requires(property = "streamhub.test.fake-cdn", value = "true")
    static class FakeProviders {
        @jakarta.inject.Singleton
        @io.micronaut.context.annotation.Replaces(bean = CdnProviders.class, factory = UseCaseFactory.class)
        CdnProviders fakeProviders() {
            return new CdnProviders(List.of(BUNNY, CLOUDFLARE));
        }
    }

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.metrics-token", METRICS_TOKEN, "streamhub.tracker-secret", TRACKER_SECRET,
                "streamhub.public-base-url", "https://origin.example.test", "streamhub.test.fake-cdn", "true");
    }

    String admin;

    @BeforeAll
    void world() {
        admin = adminJwt();
        for (String app : List.of("pub", "priv", "cdnapp", "p2papp", "hyb", "edgeapp")) {
            createApp(admin, app);
        }
        config("pub", "{\"features\":{\"publicPlayback\":true}}").expect(200);
    }

    @BeforeEach
    void clean() {
        BUNNY.purged.clear();
        BUNNY.failWith = null;
    }

    Reply config(String app, String body) {
        return call("PATCH", "/api/v1/apps/" + app + "/config", admin, body);
    }

    /** A room the media server knows, with {@code viewers} subscribers in it. */
    String room(String app, String name, int viewers) {
        String room = app + "-" + name;
        MEDIA.rooms.remove(room);
        MEDIA.participants.remove(room);
        MEDIA.createRoom(new io.streamhub.domain.room.RoomSpec(room, 0, 0, "", java.util.Optional.empty()));
        for (int i = 0; i < viewers; i++) {
            MEDIA.join(room, new ParticipantInfo("PA_" + i, "v" + i, "v" + i, "ACTIVE", false, false, List.of(), Instant.EPOCH));
        }
        return room;
    }

    Reply plan(String app, String room, String bearer) {
        return call("GET", "/api/v1/apps/" + app + "/playback/" + room, bearer, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> block(Reply reply, String name) {
        return (Map<String, Object>) reply.data().get(name);
    }

    void goLive(String room, String identity) throws Exception {
        String body = LiveKitWebhookTest.body("track_published", room, identity);
        call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", LiveKitWebhookTest.sign(body, LIVEKIT_SECRET, 60_000)).expect(200);
    }

    void endLive(String room, String identity) throws Exception {
        String body = LiveKitWebhookTest.body("participant_left", room, identity);
        call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", LiveKitWebhookTest.sign(body, LIVEKIT_SECRET, 60_000)).expect(200);
    }

    // ---- access ------------------------------------------------------------------------------------

    @Test
    void aPublicAppAnswersWithoutCredentialsAndAPrivateOneNeedsReadAccess() {
        room("pub", "show", 0);
        Reply open = plan("pub", "show", null).expect(200);
        assertEquals("pub-show", open.data().get("room"));
        assertEquals("edge", open.data().get("mode"));
        assertEquals("webrtc", open.data().get("protocol"));
        assertEquals(Boolean.FALSE, open.data().get("live"));
        Map<String, Object> webrtc = block(open, "webrtc");
        assertEquals("ws://127.0.0.1:9", webrtc.get("wsUrl"));
        assertTrue(((String) webrtc.get("token")).split("\\.").length == 3, "a JWT join token");
        assertNull(webrtc.get("nodeId"));
        assertNull(open.data().get("hls"));
        assertNull(open.data().get("p2p"));
        assertTrue(open.data().containsKey("p2p"), "absent blocks are null, not missing");

        room("priv", "show", 0);
        assertEquals("unauthorized", plan("priv", "show", null).expect(401).error().get("code"));
        assertEquals("webrtc", plan("priv", "show", admin).expect(200).data().get("protocol"));
        assertEquals(401, call("POST", "/api/v1/apps/priv/playback/show/stats", null,
                "{\"viewerId\":\"v1\",\"p2pBytes\":1,\"httpBytes\":1}").status());
    }

    @Test
    void privatePlaybackClosesAPublicAppAndInteractiveNeedsCredentials() {
        createApp(admin, "closing");
        config("closing", "{\"features\":{\"publicPlayback\":true}}").expect(200);
        room("closing", "show", 0);
        plan("closing", "show", null).expect(200);
        config("closing", "{\"playback\":{\"private\":true}}").expect(200);
        assertEquals(401, plan("closing", "show", null).status(), "playback.private applies to the next request");
        assertEquals(Boolean.TRUE, ((Map<?, ?>) config("closing", "{}").data().get("playback")).get("private"));

        room("pub", "stage", 0);
        assertEquals(403, call("GET", "/api/v1/apps/pub/playback/stage?role=interactive", null, null).status());
        assertEquals("webrtc", call("GET", "/api/v1/apps/pub/playback/stage?role=interactive", admin, null).expect(200)
                .data().get("protocol"));
        assertEquals("role", call("GET", "/api/v1/apps/pub/playback/stage?role=boss", admin, null).expect(400).error().get("field"));
    }

    @Test
    void unknownAppsAndRoomsAre404() {
        assertEquals("not_found", plan("pub", "nowhere", null).expect(404).error().get("code"));
        assertEquals("not_found", plan("ghost", "show", admin).expect(404).error().get("code"));
    }

    // ---- plans ------------------------------------------------------------------------------------

    @Test
    void edgeModeServesWebRtcUpToTheCeilingThenRefusesWithoutACdnAndSendsTheTailToHlsWithOne() {
        config("edgeapp", "{\"distribution\":{\"edge\":{\"maxWebrtcViewers\":2}}}").expect(200);
        room("edgeapp", "show", 1);
        assertEquals("webrtc", plan("edgeapp", "show", admin).expect(200).data().get("protocol"));
        room("edgeapp", "show", 2);
        Reply full = plan("edgeapp", "show", admin).expect(503);
        assertEquals("audience_full", full.error().get("code"));
        assertTrue(((String) full.error().get("message")).contains("2 of 2"), full.raw().body());

        config("edgeapp", "{\"distribution\":{\"cdn\":{\"provider\":\"bunny\",\"baseUrl\":\"https://edgeapp.b-cdn.test\"}}}").expect(200);
        Reply tail = plan("edgeapp", "show", admin).expect(200);
        assertEquals("hls", tail.data().get("protocol"));
        assertEquals(Map.of("url", "https://edgeapp.b-cdn.test/hls/edgeapp/edgeapp-show/index.m3u8", "provider", "bunny"), block(tail, "hls"));
        assertNull(tail.data().get("webrtc"));
    }

    @Test
    void cdnModeWithoutAProviderGivesTheOriginUrlAndWithAPullZoneItsBaseUrl() {
        config("cdnapp", "{\"distribution\":{\"mode\":\"cdn\"}}").expect(200);
        room("cdnapp", "show", 0);
        Reply origin = plan("cdnapp", "show", admin).expect(200);
        assertEquals("cdn", origin.data().get("mode"));
        assertEquals(Map.of("url", "https://origin.example.test/hls/cdnapp/cdnapp-show/index.m3u8", "provider", "none"), block(origin, "hls"));
        config("cdnapp", "{\"distribution\":{\"cdn\":{\"baseUrl\":\"https://pull.example.test/\"}}}").expect(200);
        assertEquals("https://pull.example.test/hls/cdnapp/cdnapp-show/index.m3u8", block(plan("cdnapp", "show", admin), "hls").get("url"));
    }

    @Test
    void p2pModeAddsTheSwarmAndTheKillSwitchRemovesItOnTheNextRequest() {
        config("p2papp", "{\"distribution\":{\"mode\":\"p2p\",\"p2p\":{\"enabled\":true,\"trackers\":[\"ws://127.0.0.1:8000\"],"
                + "\"stun\":[\"stun:stun.example.test:3478\"],\"maxPeers\":12}}}").expect(200);
        room("p2papp", "show", 0);
        Reply on = plan("p2papp", "show", admin).expect(200);
        assertEquals("hls", on.data().get("protocol"));
        assertEquals(Map.of("trackers", List.of("ws://127.0.0.1:8000"), "swarmId", "streamhub/p2papp/p2papp-show",
                "stun", List.of("stun:stun.example.test:3478"), "maxPeers", 12), block(on, "p2p"));
        config("p2papp", "{\"distribution\":{\"p2p\":{\"enabled\":false}}}").expect(200);
        Reply off = plan("p2papp", "show", admin).expect(200);
        assertEquals("hls", off.data().get("protocol"));
        assertNull(off.data().get("p2p"));
        assertTrue(((String) off.data().get("reason")).contains("switched off"), off.raw().body());
    }

    @Test
    void hybridKeepsInteractiveViewersOnWebRtcAndSendsTheTailToHlsWithP2p() {
        config("hyb", "{\"distribution\":{\"mode\":\"hybrid\",\"edge\":{\"maxWebrtcViewers\":1},"
                + "\"p2p\":{\"enabled\":true,\"trackers\":[\"wss://tracker.example.test\"]}}}").expect(200);
        room("hyb", "show", 0);
        assertEquals("webrtc", plan("hyb", "show", admin).expect(200).data().get("protocol"));
        room("hyb", "show", 5);
        Reply tail = plan("hyb", "show", admin).expect(200);
        assertEquals("hls", tail.data().get("protocol"));
        assertNotNull(tail.data().get("p2p"));
        Reply vip = call("GET", "/api/v1/apps/hyb/playback/show?role=interactive&identity=vip-1", admin, null).expect(200);
        assertEquals("webrtc", vip.data().get("protocol"));
        assertNull(vip.data().get("p2p"));
    }

    // ---- config ------------------------------------------------------------------------------------

    @Test
    void everyRefusalOfTheDistributionConfigIsA400NamingItsField() {
        createApp(admin, "rules");
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("{\"playback\":{\"private\":true},\"distribution\":{\"p2p\":{\"enabled\":true,\"trackers\":[\"ws://t.test\"]}}}",
                "distribution.p2p.enabled");
        cases.put("{\"playback\":{\"private\":true},\"distribution\":{\"mode\":\"p2p\"}}", "distribution.mode");
        cases.put("{\"hls\":{\"segmentSeconds\":2},\"distribution\":{\"mode\":\"p2p\"}}", "distribution.mode");
        cases.put("{\"distribution\":{\"cdn\":{\"provider\":\"bunny\",\"baseUrl\":\"https://b.test\",\"signedUrls\":true},"
                + "\"p2p\":{\"enabled\":true,\"trackers\":[\"ws://t.test\"]}}}", "distribution.p2p.enabled");
        cases.put("{\"distribution\":{\"cdn\":{\"provider\":\"cloudflare\",\"baseUrl\":\"https://c.test\",\"signedUrls\":true}}}",
                "distribution.cdn.signedUrls");
        cases.put("{\"distribution\":{\"cdn\":{\"signedUrls\":true}}}", "distribution.cdn.signedUrls");
        cases.put("{\"distribution\":{\"cdn\":{\"provider\":\"fastly\",\"baseUrl\":\"https://f.test\"}}}", "distribution.cdn.provider");
        cases.put("{\"distribution\":{\"cdn\":{\"baseUrl\":\"https://b.test/?x=1\"}}}", "distribution.cdn.baseUrl");
        cases.put("{\"distribution\":{\"cdn\":{\"provider\":\"bunny\",\"baseUrl\":\"https://b.test\",\"credentials\":{\"password\":\"x\"}}}}",
                "distribution.cdn.credentials.password");
        cases.put("{\"distribution\":{\"p2p\":{\"trackers\":[\"http://t.test\"]}}}", "distribution.p2p.trackers");
        cases.put("{\"distribution\":{\"p2p\":{\"maxPeers\":101}}}", "distribution.p2p.maxPeers");
        cases.put("{\"distribution\":{\"p2p\":{\"swarmPrefix\":\"Not/A/Slug\"}}}", "distribution.p2p.swarmPrefix");
        cases.put("{\"distribution\":{\"mode\":\"mesh\"}}", "distribution.mode");
        cases.put("{\"hls\":{\"segmentSeconds\":11}}", "hls.segmentSeconds");
        cases.put("{\"hls\":{\"listSize\":2}}", "hls.listSize");
        cases.put("{\"distribution\":{\"edge\":{\"maxWebrtcViewers\":-1}}}", "distribution.edge.maxWebrtcViewers");
        cases.forEach((body, field) -> {
            Reply reply = config("rules", body);
            assertEquals(400, reply.status(), body + " → " + reply.raw().body());
            assertEquals(field, reply.error().get("field"), body + " → " + reply.raw().body());
        });
        Reply lowLatency = config("rules", "{\"hls\":{\"segmentSeconds\":2},\"distribution\":{\"mode\":\"p2p\"}}");
        assertTrue(((String) lowLatency.error().get("message")).contains("low-latency"), lowLatency.raw().body());
        Map<String, Object> unchanged = config("rules", "{}").expect(200).data();
        assertEquals("edge", ((Map<?, ?>) unchanged.get("distribution")).get("mode"), "a refused change changes nothing");
    }

    @Test
    void providerCredentialsAreWriteOnlyAndShownAsSetFlags() {
        createApp(admin, "creds");
        Reply set = config("creds", "{\"distribution\":{\"cdn\":{\"provider\":\"bunny\",\"baseUrl\":\"https://creds.b-cdn.test\","
                + "\"signedUrls\":true,\"credentials\":{\"apiKey\":\"bunny-key-secret-value\"}}}}").expect(200);
        assertFalse(set.raw().body().contains("bunny-key-secret-value"), set.raw().body());
        @SuppressWarnings("unchecked")
        Map<String, Object> cdn = (Map<String, Object>) ((Map<String, Object>) set.data().get("distribution")).get("cdn");
        assertEquals(Map.of("apiKey", true), cdn.get("credentialsSet"));
        Reply read = call("GET", "/api/v1/apps/creds/config", admin, null).expect(200);
        assertFalse(read.raw().body().contains("bunny-key-secret-value"));
        assertTrue(read.raw().body().contains("\"credentialsSet\":{\"apiKey\":true}"), read.raw().body());
        assertFalse(call("GET", "/api/v1/apps/creds", admin, null).raw().body().contains("bunny-key-secret-value"));
        config("creds", "{\"distribution\":{\"cdn\":{\"credentials\":{\"apiKey\":\"\"}}}}").expect(200);
        assertTrue(call("GET", "/api/v1/apps/creds/config", admin, null).raw().body().contains("\"credentialsSet\":{\"apiKey\":false}"));
    }

    @Test
    void joinTokensPlayUrlUsesTheCdnBaseUrlWhenSet() {
        createApp(admin, "tok");
        String before = (String) call("POST", "/api/v1/apps/tok/tokens", admin, "{\"room\":\"show\"}").expect(201).data().get("playUrl");
        assertEquals("https://origin.example.test/play/tok/tok-show", before);
        config("tok", "{\"distribution\":{\"cdn\":{\"baseUrl\":\"https://tok.cdn.test\"}}}").expect(200);
        assertEquals("https://tok.cdn.test/play/tok/tok-show",
                call("POST", "/api/v1/apps/tok/tokens", admin, "{\"room\":\"show\"}").expect(201).data().get("playUrl"));
    }

    // ---- stats -------------------------------------------------------------------------------------

    @Test
    void statsBecomeByteCountersAndAnOffloadRatioWithoutDoubleCountingRetries() {
        createApp(admin, "statsapp");
        config("statsapp", "{\"features\":{\"publicPlayback\":true}}").expect(200);
        String path = "/api/v1/apps/statsapp/playback/show/stats";
        call("POST", path, null, "{\"viewerId\":\"a\",\"p2pBytes\":300,\"httpBytes\":100}").expect(202);
        call("POST", path, null, "{\"viewerId\":\"a\",\"p2pBytes\":300,\"httpBytes\":100}").expect(202);
        call("POST", path, null, "{\"viewerId\":\"a\",\"p2pBytes\":200,\"httpBytes\":50}").expect(202);
        call("POST", path, null, "{\"viewerId\":\"b\",\"p2pBytes\":0,\"httpBytes\":200}").expect(202);
        PrometheusText metrics = PrometheusText.parse(call("GET", "/metrics", METRICS_TOKEN, null).expect(200).raw().body());
        assertEquals(300, metrics.value("streamhub_playback_bytes_total", "app", "statsapp", "source", "p2p"));
        assertEquals(300, metrics.value("streamhub_playback_bytes_total", "app", "statsapp", "source", "http"));
        assertEquals(0.5, metrics.value("streamhub_p2p_offload_ratio", "app", "statsapp"), 1e-9);

        assertEquals("viewerId", call("POST", path, null, "{\"viewerId\":\"\",\"p2pBytes\":1,\"httpBytes\":1}").expect(400).error().get("field"));
        assertEquals("p2pBytes", call("POST", path, null, "{\"viewerId\":\"c\",\"p2pBytes\":-1,\"httpBytes\":1}").expect(400).error().get("field"));
        assertEquals("httpBytes", call("POST", path, null, "{\"viewerId\":\"c\",\"p2pBytes\":1}").expect(400).error().get("field"));
    }

    // ---- swarms ------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    List<String> swarms() {
        Reply reply = call("GET", "/api/v1/p2p/swarms", TRACKER_SECRET, null).expect(200);
        assertEquals(2, reply.data().get("ttlSeconds"));
        return (List<String>) reply.data().get("swarms");
    }

    List<String> awaitSwarms(boolean present, String swarm) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> now = swarms();
            if (now.contains(swarm) == present) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(swarm + (present ? " never appeared in " : " never left ") + swarms());
    }

    @Test
    void theTrackerAllowListNeedsItsSecretAndFollowsLiveRoomsAndTheKillSwitch() throws Exception {
        assertEquals(401, call("GET", "/api/v1/p2p/swarms", null, null).status());
        assertEquals("unauthorized", call("GET", "/api/v1/p2p/swarms", "wrong-secret", null).expect(401).error().get("code"));
        createApp(admin, "swarm");
        config("swarm", "{\"distribution\":{\"p2p\":{\"enabled\":true,\"trackers\":[\"ws://127.0.0.1:8000\"],\"swarmPrefix\":\"events\"}}}")
                .expect(200);
        assertFalse(swarms().contains("events/swarm/swarm-show"), "not live yet");
        goLive("swarm-show", "alice");
        awaitSwarms(true, "events/swarm/swarm-show");
        config("swarm", "{\"distribution\":{\"p2p\":{\"enabled\":false}}}").expect(200);
        assertFalse(swarms().contains("events/swarm/swarm-show"), "the kill switch empties the list on the next poll");
        config("swarm", "{\"distribution\":{\"p2p\":{\"enabled\":true}}}").expect(200);
        assertTrue(swarms().contains("events/swarm/swarm-show"));
        endLive("swarm-show", "alice");
        awaitSwarms(false, "events/swarm/swarm-show");
    }

    // ---- purge -------------------------------------------------------------------------------------

    @Test
    void purgeGoesToTheAppsProviderAnd409WithoutOneAnd502WhenItRefuses() {
        createApp(admin, "purger");
        String body = "{\"paths\":[\"/hls/purger/purger-show/index.m3u8\"]}";
        Reply none = call("POST", "/api/v1/apps/purger/distribution/purge", admin, body).expect(409);
        assertEquals("conflict", none.error().get("code"));
        config("purger", "{\"distribution\":{\"cdn\":{\"provider\":\"bunny\",\"baseUrl\":\"https://purger.b-cdn.test\","
                + "\"credentials\":{\"apiKey\":\"bunny-key-secret-value\"}}}}").expect(200);
        Reply ok = call("POST", "/api/v1/apps/purger/distribution/purge", admin, body).expect(200);
        assertEquals(Map.of("provider", "bunny", "paths", 1), ok.data());
        assertEquals(List.of(List.of("/hls/purger/purger-show/index.m3u8")), new ArrayList<>(BUNNY.purged));

        BUNNY.failWith = "bunny answered 401 Unauthorized";
        Reply refused = call("POST", "/api/v1/apps/purger/distribution/purge", admin, body).expect(502);
        assertEquals("cdn_error", refused.error().get("code"));
        assertTrue(((String) refused.error().get("message")).contains("401 Unauthorized"), refused.raw().body());
        assertFalse(refused.raw().body().contains("bunny-key-secret-value"));

        assertEquals("paths", call("POST", "/api/v1/apps/purger/distribution/purge", admin, "{\"paths\":[]}").expect(400).error().get("field"));
        assertEquals("paths", call("POST", "/api/v1/apps/purger/distribution/purge", admin, "{\"paths\":[\"/a/../b\"]}")
                .expect(400).error().get("field"));
    }
}
