package io.streamhub.application.service;

import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeHealth;
import io.streamhub.domain.node.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Looks at the registry on a schedule and reports each node that went stale or recovered, with
 * the rooms placed on it. The first look only learns which nodes are already stale, so a restart
 * of the core does not re-announce old outages.
 */
public final class NodeHealthWatcher {
    private final NodeRegistry registry;
    private final PlacementStore placements;
    private final ClusterEvents events;
    private final Clock clock;
    private final Duration staleAfter;
    private Set<NodeId> stale;

    public NodeHealthWatcher(NodeRegistry registry, PlacementStore placements, ClusterEvents events, Clock clock, Duration staleAfter) {
        this.registry = registry;
        this.placements = placements;
        this.events = events;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    /** @return the transitions reported by this look */
    public synchronized List<NodeHealth.Transition> check() {
        List<Node> nodes = registry.all().stream().map(NodeRegistry.RegisteredNode::node).toList();
        boolean firstLook = stale == null;
        NodeHealth.Observation o = NodeHealth.observe(firstLook ? Set.of() : stale, nodes, clock.instant(), staleAfter);
        stale = o.stale();
        if (firstLook) {
            return List.of();
        }
        for (NodeHealth.Transition t : o.transitions()) {
            List<String> rooms = placements.onNode(t.node().id()).stream().map(p -> p.app().value() + "/" + p.room()).sorted().toList();
            events.nodeHealthChanged(t, rooms);
        }
        return o.transitions();
    }
}
