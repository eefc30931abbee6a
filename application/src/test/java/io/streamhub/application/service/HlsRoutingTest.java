package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.fakes.InMemoryNodeRegistry;
import io.streamhub.application.fakes.InMemoryPlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.RoomPlacement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HlsRoutingTest {
    private final InMemoryPlacementStore placements = new InMemoryPlacementStore();
    private final InMemoryNodeRegistry nodes = new InMemoryNodeRegistry();
    private final HlsRouting routing = new HlsRouting(placements, nodes, NodeId.ORIGIN, 3000);
    private final AppName studio = new AppName("studio");

    @Test
    void aRoomPlacedOnAnotherNodeIsServedByThatNode() {
        assertEquals(Optional.empty(), routing.remoteOwner(studio, "studio-show"), "no placement: served here");
        placements.save(new RoomPlacement(studio, "studio-show", NodeId.ORIGIN, List.of("test"), Instant.EPOCH));
        assertEquals(Optional.empty(), routing.remoteOwner(studio, "studio-show"), "placed on this node");
        placements.save(new RoomPlacement(studio, "studio-show", new NodeId("00000000-0000-0000-0000-00000000dead"), List.of("test"), Instant.EPOCH));
        assertEquals(Optional.empty(), routing.remoteOwner(studio, "studio-show"), "an unknown node");
        NodeId edge = new NodeId("00000000-0000-0000-0000-000000000e01");
        nodes.save(new io.streamhub.domain.node.Node(edge, "edge-1", "ws://10.0.0.2:7880", Optional.empty(),
                io.streamhub.domain.node.NodeStatus.ACTIVE, Instant.EPOCH, Optional.empty(), Optional.empty(),
                io.streamhub.domain.node.NodeCapacity.DEFAULT, io.streamhub.domain.node.NodeLoad.IDLE), "{}");
        placements.save(new RoomPlacement(studio, "studio-show", edge, List.of("test"), Instant.EPOCH));
        assertEquals(Optional.of("http://10.0.0.2:3000"), routing.remoteOwner(studio, "studio-show"));
        assertEquals(Optional.empty(), routing.remoteOwner(new AppName("other"), "studio-show"), "another app's room");
    }

    @Test
    void theNodesBaseUrlComesFromItsRegisteredUrl() {
        assertEquals(Optional.of("http://10.0.0.2:8080"), routing.baseOf("http://10.0.0.2:8080/"));
        assertEquals(Optional.of("https://edge.example"), routing.baseOf("https://edge.example"));
        assertEquals(Optional.of("http://10.0.0.2:3000"), routing.baseOf("ws://10.0.0.2:7880"));
        assertEquals(Optional.of("https://edge.example:3000"), routing.baseOf("wss://edge.example"));
        assertEquals(Optional.of("http://[2001:db8::1]:3000"), routing.baseOf("ws://[2001:db8::1]:7880"));
        assertEquals(Optional.empty(), routing.baseOf("ftp://x"));
        assertEquals(Optional.empty(), routing.baseOf("not a url"));
    }
}
