package io.streamhub.domain.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NodeHealthTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Duration STALE_AFTER = Duration.ofSeconds(90);

    /** A node id (a UUID) derived from a short readable name. */
    private static NodeId id(String name) {
        return new NodeId(java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    private static Node seen(String id, Duration ago) {
        return new Node(id(id), id, "ws://127.0.0.1:7880", Optional.empty(), NodeStatus.ACTIVE, NOW.minusSeconds(3600),
                Optional.of(NOW.minus(ago)), Optional.empty(), NodeCapacity.DEFAULT, NodeLoad.IDLE);
    }

    private static List<NodeHealth.Change> changes(NodeHealth.Observation o) {
        return o.transitions().stream().map(NodeHealth.Transition::change).toList();
    }

    @Test
    void a_fresh_node_going_silent_past_the_threshold_turns_stale_once() {
        NodeHealth.Observation first = NodeHealth.observe(Set.of(), List.of(seen("a", Duration.ofSeconds(91))), NOW, STALE_AFTER);
        assertEquals(List.of(NodeHealth.Change.STALE), changes(first));
        assertEquals(Set.of(id("a")), first.stale());

        NodeHealth.Observation second = NodeHealth.observe(first.stale(), List.of(seen("a", Duration.ofSeconds(200))), NOW, STALE_AFTER);
        assertEquals(List.of(), changes(second));
        assertEquals(Set.of(id("a")), second.stale());
    }

    @Test
    void a_stale_node_that_heartbeats_again_recovers() {
        NodeHealth.Observation o = NodeHealth.observe(Set.of(id("a")), List.of(seen("a", Duration.ofSeconds(5))), NOW, STALE_AFTER);
        assertEquals(List.of(NodeHealth.Change.RECOVERED), changes(o));
        assertEquals(id("a"), o.transitions().get(0).node().id());
        assertEquals(Set.of(), o.stale());
    }

    @Test
    void exactly_at_the_threshold_is_still_fresh_and_removed_nodes_are_forgotten() {
        NodeHealth.Observation o = NodeHealth.observe(Set.of(id("gone")), List.of(seen("a", STALE_AFTER)), NOW, STALE_AFTER);
        assertEquals(List.of(), changes(o));
        assertEquals(Set.of(), o.stale());
    }
}
