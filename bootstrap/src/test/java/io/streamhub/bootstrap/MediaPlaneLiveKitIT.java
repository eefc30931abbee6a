package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole media plane against a real livekit-server and a real WebRTC client (tools/lk-client)
 * that joins with tokens minted by StreamHub's API. Run by scripts/test.sh inside a network
 * namespace that holds only loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MediaPlaneLiveKitIT {
    private static final String KEY = "itkey";
    private static final String SECRET = "itsecret_itsecret_itsecret_itsecret_01";
    private static final String CLUSTER_TOKEN = "clt_it_cluster_token_0123456789";
    private final JsonMapper json = JsonMapper.createDefault();
    private final List<Process> clients = new ArrayList<>();
    private Path root;
    private int livekitPort;
    private CoreProcess core;
    private String admin;

    @BeforeAll
    void startLiveKitAndCore() throws Exception {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("scripts/livekit.sh"))) {
            root = root.getParent();
        }
        assertTrue(Files.isExecutable(root.resolve(".tools/bin/livekit-server")), "run scripts/livekit.sh install first");
        assertTrue(Files.isDirectory(root.resolve("tools/lk-client/node_modules")), "run scripts/lk-client.sh install first");
        int corePort = CoreProcess.freePort();
        livekitPort = CoreProcess.freePort();
        Process lk = liveKitScript("start", corePort).start();
        assertEquals(0, lk.waitFor(), "scripts/livekit.sh start failed");
        Path data = Files.createTempDirectory("streamhub-livekit-it");
        core = CoreProcess.start(Map.of("PORT", Integer.toString(corePort), "ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "it-secret-it-secret-it-secret-0123456789", "STREAMHUB_CLUSTER_TOKEN", CLUSTER_TOKEN,
                "LIVEKIT_URL", "ws://127.0.0.1:" + livekitPort, "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET), data);
        core.awaitHealthy();
        admin = (String) data(core.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}")).get("token");
    }

    @AfterAll
    void stopAll() throws Exception {
        clients.forEach(Process::destroyForcibly);
        if (core != null) {
            core.close();
        }
        if (root != null) {
            liveKitScript("stop", 0).start().waitFor(30, TimeUnit.SECONDS);
            CoreProcess.deleteTree(root.resolve(".tools/run/livekit-" + livekitPort));
        }
    }

    /** scripts/livekit.sh with this test's port, keys and webhook target. */
    private ProcessBuilder liveKitScript(String command, int corePort) {
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("scripts/livekit.sh").toString(), command)
                .directory(root.toFile()).redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("LIVEKIT_PORT", Integer.toString(livekitPort));
        builder.environment().put("LIVEKIT_API_KEY", KEY);
        builder.environment().put("LIVEKIT_API_SECRET", SECRET);
        builder.environment().put("LIVEKIT_WEBHOOK_URL", "http://127.0.0.1:" + corePort + "/api/v1/webhooks/livekit");
        return builder;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(HttpResponse<String> response) throws Exception {
        assertTrue(response.statusCode() < 300, () -> response.statusCode() + " " + response.body());
        return (Map<String, Object>) json.readValue(response.body(), Map.class).get("data");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return (List<Map<String, Object>>) json.readValue(response.body(), Map.class).get("data");
    }

    private <T> T await(String what, java.util.concurrent.Callable<T> probe, Predicate<T> done) throws Exception {
        T last = null;
        for (int i = 0; i < 150; i++) {
            last = probe.call();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " never happened; last: " + last);
    }

    private LkClient join(String token, String... flags) throws Exception {
        LkClient client = LkClient.join(root, "ws://127.0.0.1:" + livekitPort, token, flags.length == 0 ? new String[] {"--audio", "--video"} : flags);
        clients.add(client.process);
        return client;
    }

    @Test
    void aClientWithAnApiTokenIsSeenMutedAndKickedThroughStreamHub() throws Exception {
        core.post("/api/v1/apps", admin, "{\"name\":\"alpha\"}");
        core.post("/api/v1/apps", admin, "{\"name\":\"beta\"}");
        long alphaId = ((Number) data(core.get("/api/v1/apps/alpha", admin)).get("id")).longValue();
        String alphaToken = (String) data(core.post("/api/v1/tokens", admin,
                "{\"name\":\"alpha-ci\",\"scope\":\"app\",\"appId\":" + alphaId + "}")).get("token");

        Map<String, Object> minted = data(core.post("/api/v1/apps/alpha/tokens", alphaToken, "{\"room\":\"show\",\"identity\":\"pub-1\"}"));
        assertEquals("alpha-show", minted.get("room"));
        LkClient publisher = join((String) minted.get("token"));
        publisher.await("connected");
        publisher.await("published", 2);

        await("room listed", () -> list(core.get("/api/v1/apps/alpha/rooms", alphaToken)),
                rooms -> rooms.stream().anyMatch(r -> "alpha-show".equals(r.get("name"))));
        List<Map<String, Object>> participants = await("participant with two tracks",
                () -> list(core.get("/api/v1/apps/alpha/rooms/show/participants", alphaToken)),
                ps -> ps.size() == 1 && ((List<?>) ps.get(0).get("tracks")).size() == 2);
        assertEquals("pub-1", participants.get(0).get("identity"));
        // the stream comes from LiveKit's real webhook (this read does not reconcile)
        await("stream active from the webhook", () -> core.get("/api/v1/apps/alpha/streams/alpha-show%2Fpub-1", alphaToken),
                r -> r.statusCode() == 200 && r.body().contains("\"status\":\"active\""));

        String videoSid = ((List<Map<String, Object>>) participants.get(0).get("tracks")).stream()
                .filter(t -> "video".equals(t.get("kind"))).map(t -> (String) t.get("sid")).findFirst().orElseThrow();
        Map<String, Object> muted = data(core.post("/api/v1/apps/alpha/rooms/show/participants/pub-1/mute", alphaToken,
                "{\"trackSid\":\"" + videoSid + "\",\"muted\":true}"));
        assertEquals(Boolean.TRUE, muted.get("muted"));
        await("LiveKit reports the track muted", () -> list(core.get("/api/v1/apps/alpha/rooms/show/participants", alphaToken)),
                ps -> ((List<Map<String, Object>>) ps.get(0).get("tracks")).stream()
                        .anyMatch(t -> videoSid.equals(t.get("sid")) && Boolean.TRUE.equals(t.get("muted"))));

        assertEquals(204, core.send("DELETE", "/api/v1/apps/alpha/rooms/show/participants/pub-1", alphaToken, null).statusCode());
        publisher.await("disconnected");
        assertTrue(publisher.process.waitFor(20, TimeUnit.SECONDS));
        await("participant gone", () -> list(core.get("/api/v1/apps/alpha/rooms/show/participants", alphaToken)), List::isEmpty);
        await("stream ended from the webhook", () -> core.get("/api/v1/apps/alpha/streams/alpha-show%2Fpub-1", alphaToken),
                r -> r.body().contains("\"status\":\"ended\""));
    }

    @Test
    void appATokensNeverReachAppBRooms() throws Exception {
        core.post("/api/v1/apps", admin, "{\"name\":\"gamma\"}");
        core.post("/api/v1/apps", admin, "{\"name\":\"delta\"}");
        Map<String, Object> minted = data(core.post("/api/v1/apps/gamma/tokens", admin, "{\"room\":\"delta-show\",\"identity\":\"intruder\"}"));
        assertEquals("gamma-delta-show", minted.get("room"));
        LkClient client = join((String) minted.get("token"));
        client.await("connected");
        await("intruder lands in gamma's namespace", () -> list(core.get("/api/v1/apps/gamma/rooms", admin)),
                rooms -> rooms.stream().anyMatch(r -> "gamma-delta-show".equals(r.get("name"))));
        assertEquals(List.of(), list(core.get("/api/v1/apps/delta/rooms", admin)));
        assertEquals(404, core.get("/api/v1/apps/delta/rooms/show", admin).statusCode());
        client.close();
    }

    @Test
    void liveKitRefusesATokenNotSignedWithItsSecret() throws Exception {
        io.livekit.server.AccessToken token = new io.livekit.server.AccessToken(KEY, "wrong_secret_wrong_secret_wrong_secret_0");
        token.setIdentity("forger");
        token.addGrants(new io.livekit.server.RoomJoin(true), new io.livekit.server.RoomName("alpha-show"));
        LkClient client = join(token.toJwt());
        assertTrue(client.process.waitFor(30, TimeUnit.SECONDS), "the client should give up");
        assertNotEquals(0, client.process.exitValue());
    }

    /** LiveKit's own id for this server, from the log it writes at start. */
    private String liveKitNodeId() throws Exception {
        String log = Files.readString(root.resolve(".tools/run/livekit-" + livekitPort + "/livekit.log"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"nodeID\": \"(ND_[A-Za-z0-9]+)\"").matcher(log);
        assertTrue(m.find(), "livekit.log names no node id");
        return m.group(1);
    }

    @Test
    void aRoomCreatedThroughStreamHubIsPlacedOnTheRegisteredNodeAndLiveKitAcceptsThePin() throws Exception {
        core.post("/api/v1/apps", admin, "{\"name\":\"epsilon\"}");
        String nodeUrl = "ws://127.0.0.1:" + livekitPort;
        String nodeId = clusterCall("/api/v1/cluster/join",
                "{\"name\":\"it-node\",\"ip\":\"127.0.0.1\",\"url\":\"" + nodeUrl + "\"}").get("nodeId").toString();
        clusterCall("/api/v1/cluster/heartbeat", "{\"nodeId\":\"" + nodeId + "\",\"stats\":{\"livekitNodeId\":\"" + liveKitNodeId()
                + "\",\"cpu\":0.1}}");
        try {
            Map<String, Object> room = data(core.post("/api/v1/apps/epsilon/rooms", admin, "{\"name\":\"pinned\"}"));
            assertEquals(nodeId, room.get("nodeId"));
            await("LiveKit lists the pinned room", () -> list(core.get("/api/v1/apps/epsilon/rooms", admin)),
                    rooms -> rooms.stream().anyMatch(r -> "epsilon-pinned".equals(r.get("name")) && nodeId.equals(r.get("nodeId"))));
            Map<String, Object> placement = data(core.get("/api/v1/apps/epsilon/rooms/pinned/placement", admin));
            assertEquals(nodeId, placement.get("nodeId"));
            assertTrue(placement.get("reasons").toString().contains("chose " + nodeId), placement.toString());
            Map<String, Object> token = data(core.post("/api/v1/apps/epsilon/tokens", admin, "{\"room\":\"pinned\"}"));
            assertEquals(nodeUrl, token.get("wsUrl"));
        } finally {
            core.send("DELETE", "/api/v1/cluster/nodes/" + nodeId, admin, null);
        }
    }

    /** Join and heartbeat authenticate with {@code X-Cluster-Token}, as a node agent would. */
    private Map<String, Object> clusterCall(String path, String body) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + core.port + path))
                .header("Content-Type", "application/json").header("X-Cluster-Token", CLUSTER_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return data(java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()));
    }
}
