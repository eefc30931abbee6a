package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two real livekit-server nodes (distinct ports and node IPs 127.0.0.1 / 127.0.0.2) sharing one real
 * Redis and one set of keys, each with a StreamHub agent joined to the core: rooms land where the policy
 * says (checked in LiveKit's own routing table in Redis), draining moves new rooms, a client signalling
 * through node A receives media from a room on node B, and a silent node is avoided.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterLiveKitIT {
    private static final String KEY = "duokey";
    private static final String SECRET = "duosecret_duosecret_duosecret_duosecret";
    private static final String CLUSTER = "clt_duo_cluster_token_0123456789";
    private final JsonMapper json = JsonMapper.createDefault();
    private final List<Process> processes = new ArrayList<>();
    private Path root;
    private Path data;
    private int redisPort;
    private final int[] liveKitPorts = new int[2];
    private final Process[] agents = new Process[2];
    private final String[] liveKitIds = new String[2];
    private CoreProcess core;
    private String admin;

    @BeforeAll
    void cluster() throws Exception {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("scripts/livekit.sh"))) {
            root = root.getParent();
        }
        data = Files.createTempDirectory("streamhub-duo");
        redisPort = CoreProcess.freePort();
        processes.add(new ProcessBuilder("redis-server", "--port", Integer.toString(redisPort), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(data.resolve("redis.log").toFile()).start());
        for (int i = 0; i < 2; i++) {
            liveKitPorts[i] = 17900 + 10 * i + (int) (ProcessHandle.current().pid() % 50) * 20;
        }
        // the core first (it needs no LiveKit to boot), so no LiveKit port can take its port
        core = CoreProcess.start(Map.of("ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "duo-secret-duo-secret-duo-secret-0123456789", "STREAMHUB_CLUSTER_TOKEN", CLUSTER,
                "STREAMHUB_NODE_STALE_SECONDS", "3", "LIVEKIT_URL", "ws://127.0.0.1:" + liveKitPorts[0],
                "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET), data);
        core.awaitHealthy();
        int corePort = core.port;
        for (int i = 0; i < 2; i++) {
            assertEquals(0, liveKit("start", i, corePort).start().waitFor(), "livekit " + i + " did not start");
            liveKitIds[i] = nodeIdFromLog(i);
        }
        admin = (String) data(core.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}")).get("token");
        for (int i = 0; i < 2; i++) {
            agents[i] = agent(i, corePort);
        }
    }

    @AfterAll
    void stop() throws Exception {
        for (Process p : agents) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (core != null) {
            core.close();
        }
        for (int i = 0; i < 2; i++) {
            if (liveKitPorts[i] != 0) {
                liveKit("stop", i, 0).start().waitFor(30, TimeUnit.SECONDS);
                CoreProcess.deleteTree(root.resolve(".tools/run/livekit-" + liveKitPorts[i]));
            }
        }
        processes.forEach(Process::destroyForcibly);
    }

    private ProcessBuilder liveKit(String command, int i, int corePort) {
        ProcessBuilder b = new ProcessBuilder("bash", root.resolve("scripts/livekit.sh").toString(), command).directory(root.toFile())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
        b.environment().putAll(Map.of("LIVEKIT_PORT", Integer.toString(liveKitPorts[i]), "LIVEKIT_NODE_IP", "127.0.0." + (i + 1),
                "LIVEKIT_REDIS_ADDRESS", "127.0.0.1:" + redisPort, "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET,
                "LIVEKIT_WEBHOOK_URL", "http://127.0.0.1:" + corePort + "/api/v1/webhooks/livekit"));
        return b;
    }

    private String nodeIdFromLog(int i) throws Exception {
        Path log = root.resolve(".tools/run/livekit-" + liveKitPorts[i] + "/livekit.log");
        Matcher m = Pattern.compile("\"nodeID\": \"(ND_[A-Za-z0-9]+)\"").matcher(Files.readString(log));
        assertTrue(m.find(), "no node id in " + log);
        return m.group(1);
    }

    private Process agent(int i, int corePort) throws Exception {
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-jar", CoreProcess.JAR.toString(), "agent").redirectErrorStream(true).redirectOutput(data.resolve("agent-" + i + ".log").toFile());
        b.environment().putAll(Map.of("STREAMHUB_MASTER_URL", "http://127.0.0.1:" + corePort, "STREAMHUB_CLUSTER_TOKEN", CLUSTER,
                "STREAMHUB_NODE_NAME", "node-" + (char) ('a' + i), "STREAMHUB_NODE_IP", "127.0.0." + (i + 1),
                "STREAMHUB_NODE_URL", "ws://127.0.0.1:" + liveKitPorts[i], "STREAMHUB_AGENT_INTERVAL_SECONDS", "1",
                "LIVEKIT_NODE_ID", liveKitIds[i], "LIVEKIT_URL", "ws://127.0.0.1:" + liveKitPorts[i],
                "LIVEKIT_API_KEY", KEY, "LIVEKIT_API_SECRET", SECRET));
        // the test machine's real CPU is reported: a loaded CI host must not exclude the nodes under test
        b.environment().put("STREAMHUB_NODE_MAX_CPU", "1.0");
        return b.start();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(HttpResponse<String> r) throws Exception {
        assertTrue(r.statusCode() < 300, () -> r.statusCode() + " " + r.body());
        return (Map<String, Object>) json.readValue(r.body(), Map.class).get("data");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> nodesByName() throws Exception {
        Map<String, Map<String, Object>> byName = new HashMap<>();
        for (Map<String, Object> n : (List<Map<String, Object>>) json.readValue(core.get("/api/v1/cluster/nodes", admin).body(), Map.class)
                .get("data")) {
            byName.put((String) n.get("name"), n);
        }
        return byName;
    }

    private Map<String, Map<String, Object>> awaitNodes(java.util.function.Predicate<Map<String, Map<String, Object>>> done, String what)
            throws Exception {
        Map<String, Map<String, Object>> nodes = Map.of();
        for (int i = 0; i < 100; i++) {
            nodes = nodesByName();
            if (done.test(nodes)) {
                return nodes;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + " never happened: " + nodes);
    }

    /** LiveKit's own answer to "which node serves this room": its routing table in Redis. */
    private String liveKitNodeOf(String room) throws Exception {
        Process cli = new ProcessBuilder("redis-cli", "-p", Integer.toString(redisPort), "HGET", "room_node_map", room).start();
        String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        cli.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private String createRoom(String name) throws Exception {
        return (String) data(core.post("/api/v1/apps/duo/rooms", admin, "{\"name\":\"" + name + "\"}")).get("nodeId");
    }

    private LkClient client(String url, String token, String... flags) throws Exception {
        LkClient client = LkClient.join(root, url, token, flags);
        processes.add(client.process);
        return client;
    }

    private String token(String room, String identity) throws Exception {
        return (String) data(core.post("/api/v1/apps/duo/tokens", admin,
                "{\"room\":\"" + room + "\",\"identity\":\"" + identity + "\"}")).get("token");
    }

    @Test
    void placementDrainingCrossNodeMediaAndStaleness() throws Exception {
        core.post("/api/v1/apps", admin, "{\"name\":\"duo\"}");
        Map<String, Map<String, Object>> nodes = awaitNodes(n -> n.containsKey("node-a") && n.containsKey("node-b")
                && n.values().stream().allMatch(x -> ((Map<?, ?>) x.get("stats")).containsKey("livekitNodeId")), "both agents joined");
        Map<String, String> liveKitIdOf = Map.of((String) nodes.get("node-a").get("id"), liveKitIds[0],
                (String) nodes.get("node-b").get("id"), liveKitIds[1]);

        String first = createRoom("one");
        assertEquals(liveKitIdOf.get(first), liveKitNodeOf("duo-one"), "LiveKit serves the room where StreamHub placed it");

        assertEquals(200, core.send("PATCH", "/api/v1/cluster/nodes/" + first, admin, "{\"status\":\"draining\"}").statusCode());
        String second = createRoom("two");
        assertNotEquals(first, second, "a draining node takes no new room");
        assertEquals(liveKitIdOf.get(second), liveKitNodeOf("duo-two"));

        // the draining node's existing room still takes a real client
        int firstIndex = liveKitIdOf.get(first).equals(liveKitIds[0]) ? 0 : 1;
        client("ws://127.0.0.1:" + liveKitPorts[firstIndex], token("one", "late-joiner"), "--audio").await("connected");

        // a publisher on the second room's node, a viewer signalling through the other node
        int secondIndex = 1 - firstIndex;
        LkClient publisher = client("ws://127.0.0.1:" + liveKitPorts[secondIndex], token("two", "pub"),
                "--audio", "--video");
        publisher.await("published", 2);
        LkClient viewer = client("ws://127.0.0.1:" + liveKitPorts[firstIndex], token("two", "viewer"),
                "--subscribe");
        viewer.await("connected");
        List<Map<String, Object>> media = viewer.await("media", 2);
        assertTrue(media.stream().allMatch(m -> "pub".equals(m.get("identity"))), media.toString());

        // the second room's node falls silent: it turns stale and placement avoids it
        agents[secondIndex].destroy();
        assertTrue(agents[secondIndex].waitFor(20, TimeUnit.SECONDS));
        awaitNodes(n -> n.values().stream().anyMatch(x -> x.get("id").equals(second) && Boolean.TRUE.equals(x.get("stale"))),
                "the silent node turning stale");
        assertEquals(200, core.send("PATCH", "/api/v1/cluster/nodes/" + first, admin, "{\"status\":\"active\"}").statusCode());
        assertEquals(first, createRoom("three"), "the stale node is avoided");
    }
}
