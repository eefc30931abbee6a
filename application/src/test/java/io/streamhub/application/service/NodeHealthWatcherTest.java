package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryNodeRegistry;
import io.streamhub.application.fakes.InMemoryPlacementStore;
import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeHealth;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.placement.RoomPlacement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeHealthWatcherTest {
    private final Fakes.MutableClock clock = new Fakes.MutableClock(Instant.parse("2026-11-21T00:00:00Z"));
    private final InMemoryNodeRegistry registry = new InMemoryNodeRegistry();
    private final InMemoryPlacementStore placements = new InMemoryPlacementStore();
    private final List<String> published = new ArrayList<>();
    private final ClusterEvents events = (t, rooms) -> published.add(t.change() + " " + t.node().name() + " " + rooms);
    private final NodeHealthWatcher watcher = new NodeHealthWatcher(registry, placements, events, clock, Duration.ofSeconds(90));

    /** A node id (a UUID) derived from a short readable name. */
    private static NodeId id(String name) {
        return new NodeId(java.util.UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }

    private void seenNow(String id) {
        registry.save(new Node(id(id), id, "ws://127.0.0.1:7880", Optional.empty(), NodeStatus.ACTIVE, clock.instant(),
                Optional.of(clock.instant()), Optional.empty(), NodeCapacity.DEFAULT, NodeLoad.IDLE), "{}");
    }

    private static List<NodeHealth.Change> changes(List<NodeHealth.Transition> transitions) {
        return transitions.stream().map(NodeHealth.Transition::change).toList();
    }

    @Test
    void reports_a_node_going_stale_and_recovering_with_the_rooms_placed_on_it() {
        seenNow("n1");
        seenNow("n2");
        placements.save(new RoomPlacement(new AppName("shop"), "live", id("n1"), List.of(), clock.instant()));
        placements.save(new RoomPlacement(new AppName("blog"), "talk", id("n1"), List.of(), clock.instant()));
        placements.save(new RoomPlacement(new AppName("shop"), "other", id("n2"), List.of(), clock.instant()));
        assertEquals(List.of(), changes(watcher.check()));

        clock.advance(Duration.ofSeconds(60));
        seenNow("n2");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(List.of(NodeHealth.Change.STALE), changes(watcher.check()));
        assertEquals(List.of(), changes(watcher.check()));

        seenNow("n1");
        watcher.check();
        assertEquals(List.of("STALE n1 [blog/talk, shop/live]", "RECOVERED n1 [blog/talk, shop/live]"), published);
    }

    @Test
    void the_first_look_after_a_restart_does_not_reannounce_old_outages() {
        seenNow("n1");
        clock.advance(Duration.ofMinutes(10));
        assertEquals(List.of(), changes(watcher.check()));
        assertEquals(List.of(), published);
        seenNow("n1");
        assertEquals(List.of(NodeHealth.Change.RECOVERED), changes(watcher.check()));
    }
}
