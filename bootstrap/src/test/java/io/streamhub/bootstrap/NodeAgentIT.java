package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The node agent as an operator runs it: the same jar with the argument {@code agent}, against a core on loopback. */
class NodeAgentIT {
    private static final String TOKEN = "clt_agent_it_token_0123456789";
    private final JsonMapper json = JsonMapper.createDefault();

    @SuppressWarnings("unchecked")
    private Map<String, Object> node(CoreProcess core, String admin, String name) throws Exception {
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) json.readValue(
                core.get("/api/v1/cluster/nodes", admin).body(), Map.class).get("data");
        return nodes.stream().filter(n -> name.equals(n.get("name"))).findFirst().orElse(null);
    }

    @Test
    void anAgentStartedBeforeTheCoreJoinsWhenItComesUpReportsRealStatsAndGoesStaleWhenStopped() throws Exception {
        Path data = Files.createTempDirectory("streamhub-agent-it");
        int port = CoreProcess.freePort();
        ProcessBuilder agentBuilder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", CoreProcess.JAR.toString(), "agent")
                .redirectErrorStream(true).redirectOutput(data.resolve("agent.log").toFile());
        agentBuilder.environment().putAll(Map.of("STREAMHUB_MASTER_URL", "http://127.0.0.1:" + port, "STREAMHUB_CLUSTER_TOKEN", TOKEN,
                "STREAMHUB_NODE_NAME", "edge-it", "STREAMHUB_NODE_IP", "127.0.0.2", "STREAMHUB_AGENT_INTERVAL_SECONDS", "1",
                "LIVEKIT_NODE_ID", "ND_edgeit", "LIVEKIT_URL", "ws://127.0.0.1:9"));
        Process agent = agentBuilder.start();
        try {
            Thread.sleep(2_000); // the agent retries while the core is away
            try (CoreProcess core = CoreProcess.start(Map.of("PORT", Integer.toString(port), "ADMIN_USER", "ops",
                    "ADMIN_PASS", "ops-password-123", "STREAMHUB_JWT_SECRET", "agent-it-secret-agent-it-secret-0123456",
                    "STREAMHUB_CLUSTER_TOKEN", TOKEN, "STREAMHUB_NODE_STALE_SECONDS", "3"), data)) {
                core.awaitHealthy();
                String admin = core.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}")
                        .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
                Map<String, Object> seen = null;
                for (int i = 0; i < 150 && (seen == null || ((Map<?, ?>) seen.get("stats")).get("cores") == null); i++) {
                    Thread.sleep(200);
                    seen = node(core, admin, "edge-it");
                }
                assertTrue(seen != null, "the agent never joined: " + Files.readString(data.resolve("agent.log")));
                Map<?, ?> stats = (Map<?, ?>) seen.get("stats");
                assertEquals(Runtime.getRuntime().availableProcessors(), ((Number) stats.get("cores")).intValue());
                assertEquals("ND_edgeit", stats.get("livekitNodeId"));
                assertTrue(stats.containsKey("livekitError"), "no LiveKit here, and the agent says so: " + stats);
                assertEquals(Boolean.FALSE, seen.get("stale"));

                agent.destroy();
                assertTrue(agent.waitFor(20, TimeUnit.SECONDS));
                Map<String, Object> after = seen;
                for (int i = 0; i < 50 && !Boolean.TRUE.equals(after.get("stale")); i++) {
                    Thread.sleep(200);
                    after = node(core, admin, "edge-it");
                }
                assertEquals(Boolean.TRUE, after.get("stale"), "silent for longer than STREAMHUB_NODE_STALE_SECONDS");
            }
        } finally {
            agent.destroyForcibly();
        }
    }
}
