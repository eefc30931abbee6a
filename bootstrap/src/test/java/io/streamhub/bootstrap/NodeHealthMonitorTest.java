package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeHealth;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeHealthMonitorTest {
    private static final Instant SEEN = Instant.parse("2026-11-21T10:00:00Z");

    private static NodeHealth.Transition transition(NodeHealth.Change change, Optional<Instant> lastSeen) {
        Node node = new Node(new NodeId("00000000-0000-4000-8000-000000000001"), "edge-1", "ws://127.0.0.2:7880", Optional.empty(),
                NodeStatus.ACTIVE, SEEN, lastSeen, Optional.empty(), NodeCapacity.DEFAULT, NodeLoad.IDLE);
        return new NodeHealth.Transition(node, change);
    }

    @Test
    void aStaleNodeIsOneKeyValueLineWithItsRooms() {
        assertEquals("event=node_stale node_id=00000000-0000-4000-8000-000000000001 node_name=edge-1"
                        + " last_seen_at=2026-11-21T10:00:00Z affected_rooms=2 rooms=blog/blog-talk,shop/shop-live",
                NodeHealthMonitor.line(transition(NodeHealth.Change.STALE, Optional.of(SEEN)),
                        List.of("blog/blog-talk", "shop/shop-live")));
    }

    @Test
    void aRecoveredNodeNeverSeenBeforeSaysSo() {
        assertEquals("event=node_recovered node_id=00000000-0000-4000-8000-000000000001 node_name=edge-1"
                        + " last_seen_at=never affected_rooms=0 rooms=",
                NodeHealthMonitor.line(transition(NodeHealth.Change.RECOVERED, Optional.empty()), List.of()));
    }
}
