package io.streamhub.bootstrap;

import io.micronaut.json.JsonMapper;
import io.streamhub.adapter.livekit.LiveKitMediaServerGateway;
import io.streamhub.adapter.persistence.files.ProcMachineSampler;
import io.streamhub.adapter.web.client.HttpControlPlaneClient;
import io.streamhub.application.service.NodeAgent;
import java.net.URI;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.node.NodeCapacity;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar streamhub.jar agent}: joins the core named by {@code STREAMHUB_MASTER_URL} with
 * {@code STREAMHUB_CLUSTER_TOKEN}, then heartbeats every {@code STREAMHUB_AGENT_INTERVAL_SECONDS}
 * (default 5) with this machine's and the local LiveKit's load. Identity: {@code STREAMHUB_NODE_NAME}
 * (default the host name), {@code STREAMHUB_NODE_IP} (required), {@code STREAMHUB_NODE_REGION},
 * {@code STREAMHUB_NODE_URL}, {@code LIVEKIT_NODE_ID}; the local LiveKit: {@code LIVEKIT_URL},
 * {@code LIVEKIT_API_KEY}, {@code LIVEKIT_API_SECRET}. Declared capacity (placement's ceilings):
 * {@code STREAMHUB_NODE_MAX_CPU} (0–1, default 0.85), {@code STREAMHUB_NODE_NIC_BPS} (default 1 Gbit/s),
 * {@code STREAMHUB_NODE_MAX_PARTICIPANTS} (default 1000). No HTTP server is started.
 */
final class NodeAgentMain {
    private NodeAgentMain() {
    }

    static void run(Map<String, String> env) throws InterruptedException {
        String master = required(env, "STREAMHUB_MASTER_URL");
        String token = required(env, "STREAMHUB_CLUSTER_TOKEN");
        NodeAgent.Identity identity = new NodeAgent.Identity(env.getOrDefault("STREAMHUB_NODE_NAME", hostName()),
                required(env, "STREAMHUB_NODE_IP"), optional(env, "STREAMHUB_NODE_REGION"), optional(env, "STREAMHUB_NODE_URL"),
                optional(env, "LIVEKIT_NODE_ID"), capacity(env));
        Duration interval = Duration.ofSeconds(Long.parseLong(env.getOrDefault("STREAMHUB_AGENT_INTERVAL_SECONDS", "5")));
        NodeAgent agent = new NodeAgent(new HttpControlPlaneClient(URI.create(master), token, JsonMapper.createDefault()),
                new ProcMachineSampler(),
                new LiveKitMediaServerGateway(env.getOrDefault("LIVEKIT_URL", "ws://127.0.0.1:7880"),
                        env.getOrDefault("LIVEKIT_API_KEY", ""), env.getOrDefault("LIVEKIT_API_SECRET", "")),
                identity, interval, Duration.ofSeconds(60));
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(agent.tick().toMillis());
        }
    }

    /** The declared capacity when any of its variables is set; a bad value stops the agent with the reason. */
    private static Optional<NodeCapacity> capacity(Map<String, String> env) {
        Optional<String> cpu = optional(env, "STREAMHUB_NODE_MAX_CPU");
        Optional<String> nic = optional(env, "STREAMHUB_NODE_NIC_BPS");
        Optional<String> participants = optional(env, "STREAMHUB_NODE_MAX_PARTICIPANTS");
        if (cpu.isEmpty() && nic.isEmpty() && participants.isEmpty()) {
            return Optional.empty();
        }
        NodeCapacity d = NodeCapacity.DEFAULT;
        try {
            return Optional.of(new NodeCapacity(cpu.map(Double::parseDouble).orElse(d.maxCpu()), nic.map(Long::parseLong).orElse(d.nicBitsPerSecond()),
                    participants.map(Integer::parseInt).orElse(d.maxParticipants())));
        } catch (NumberFormatException | InvalidInputException e) {
            System.err.println("streamhub agent: bad declared capacity (STREAMHUB_NODE_MAX_CPU in (0, 1], STREAMHUB_NODE_NIC_BPS and"
                    + " STREAMHUB_NODE_MAX_PARTICIPANTS positive integers): " + e.getMessage());
            System.exit(2);
            return Optional.empty();
        }
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            System.err.println("streamhub agent: " + name + " is required");
            System.exit(2);
        }
        return value;
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName().replaceAll("[^a-zA-Z0-9._-]", "-");
        } catch (java.net.UnknownHostException e) {
            return "node";
        }
    }
}
