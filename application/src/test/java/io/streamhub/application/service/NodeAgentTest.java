package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.port.out.ControlPlaneClient;
import io.streamhub.application.port.out.MachineSampler;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeAgentTest {
    /** Answers from a script: a RuntimeException entry is thrown, anything else returned. */
    static final class ScriptedCore implements ControlPlaneClient {
        final Deque<Object> joins = new ArrayDeque<>();
        final Deque<Object> beats = new ArrayDeque<>();
        final List<Map<String, Object>> sent = new ArrayList<>();

        private static Object next(Deque<Object> script) {
            Object answer = script.isEmpty() ? null : script.pop();
            if (answer instanceof RuntimeException e) {
                throw e;
            }
            return answer;
        }

        @Override
        public String join(String name, String ip, Optional<String> region, Optional<String> url) {
            return (String) next(joins);
        }

        @Override
        public HeartbeatResult heartbeat(String nodeId, Map<String, Object> stats) {
            sent.add(stats);
            Object answer = next(beats);
            return answer == null ? HeartbeatResult.OK : (HeartbeatResult) answer;
        }
    }

    private final ScriptedCore core = new ScriptedCore();
    private final FakeMediaServer liveKit = new FakeMediaServer();
    private final MachineSampler machine = () -> new MachineSampler.MachineSample(8, 0.25, 1.5, 16L << 30, 8L << 30, 40_000_000, 2_000_000);
    private final NodeAgent agent = new NodeAgent(core, machine, liveKit,
            new NodeAgent.Identity("edge-1", "127.0.0.2", Optional.of("eu"), Optional.empty(), Optional.of("ND_edge1")),
            Duration.ofSeconds(5), Duration.ofSeconds(60));

    @Test
    void joinsThenReportsMachineAndLiveKitLoadEveryInterval() {
        core.joins.add("node-1");
        liveKit.join("live-show", new ParticipantInfo("PA_1", "pub", "pub", "ACTIVE", false, false,
                List.of(new TrackInfo("TR_1", TrackInfo.Kind.VIDEO, "camera", "cam", false)), Instant.EPOCH));
        assertEquals(Duration.ofSeconds(5), agent.tick());
        assertEquals(Optional.of("node-1"), agent.nodeId());
        Map<String, Object> stats = core.sent.get(0);
        assertEquals(8, stats.get("cores"));
        assertEquals(0.25, stats.get("cpu"));
        assertEquals(40_000_000L, stats.get("txBitsPerSecond"));
        assertEquals("ND_edge1", stats.get("livekitNodeId"));
        assertEquals(1, stats.get("rooms"));
        assertEquals(1, stats.get("participants"));
        assertEquals(1, stats.get("tracks"));
    }

    @Test
    void participantsAreCountedFromTheParticipantListsNotTheLaggingRoomList() {
        core.joins.add("node-1");
        liveKit.join("live-show", new ParticipantInfo("PA_1", "pub", "pub", "ACTIVE", false, false,
                List.of(new TrackInfo("TR_1", TrackInfo.Kind.VIDEO, "camera", "cam", false)), Instant.EPOCH));
        liveKit.join("live-show", new ParticipantInfo("PA_2", "v1", "v1", "ACTIVE", false, false, List.of(), Instant.EPOCH));
        liveKit.staleRoomCounts = true;
        agent.tick();
        assertEquals(2, core.sent.get(0).get("participants"));
    }

    @Test
    void theDeclaredCapacityGoesWithEveryHeartbeat() {
        NodeAgent declared = new NodeAgent(core, machine, liveKit, new NodeAgent.Identity("edge-2", "127.0.0.3", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(new io.streamhub.domain.node.NodeCapacity(0.95, 10_000_000_000L, 5000))),
                Duration.ofSeconds(5), Duration.ofSeconds(60));
        core.joins.add("node-2");
        declared.tick();
        Map<String, Object> stats = core.sent.get(0);
        assertEquals(0.95, stats.get("maxCpu"));
        assertEquals(10_000_000_000L, stats.get("nicBitsPerSecond"));
        assertEquals(5000, stats.get("maxParticipants"));
        core.joins.add("node-1");
        agent.tick();
        assertEquals(null, core.sent.get(1).get("maxCpu"), "undeclared: the core's defaults apply");
    }

    @Test
    void failuresBackOffExponentiallyUpToTheCapThenRecover() {
        for (int i = 0; i < 6; i++) {
            core.joins.add(new IllegalStateException("connection refused"));
        }
        core.joins.add("node-1");
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waits.add(agent.tick().toSeconds());
        }
        assertEquals(List.of(5L, 10L, 20L, 40L, 60L, 60L, 5L), waits);
    }

    @Test
    void aNodeTheCoreForgotJoinsAgain() {
        core.joins.add("node-1");
        core.joins.add("node-2");
        agent.tick();
        core.beats.add(ControlPlaneClient.HeartbeatResult.UNKNOWN_NODE);
        assertEquals(Duration.ZERO, agent.tick());
        agent.tick();
        assertEquals(Optional.of("node-2"), agent.nodeId());
    }

    @Test
    void aLiveKitThatDoesNotAnswerIsReportedNotFatal() {
        core.joins.add("node-1");
        liveKit.down = true;
        assertEquals(Duration.ofSeconds(5), agent.tick());
        assertTrue(core.sent.get(0).containsKey("livekitError"));
        assertEquals(8, core.sent.get(0).get("cores"));
    }
}
