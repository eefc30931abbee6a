package io.streamhub.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which nodes changed health between two looks at the registry: a node seen fresh before and stale
 * now has gone stale; one stale before and fresh now has recovered. Removed nodes are forgotten.
 */
public final class NodeHealth {
    public enum Change { STALE, RECOVERED }

    public record Transition(Node node, Change change) {
    }

    /** The transitions, and the stale set to remember for the next look. */
    public record Observation(List<Transition> transitions, Set<NodeId> stale) {
    }

    private NodeHealth() {
    }

    public static Observation observe(Set<NodeId> staleBefore, List<Node> nodes, Instant now, Duration staleAfter) {
        List<Transition> transitions = new ArrayList<>();
        Set<NodeId> staleNow = new HashSet<>();
        for (Node node : nodes) {
            boolean stale = node.isStale(now, staleAfter);
            if (stale) {
                staleNow.add(node.id());
            }
            if (stale && !staleBefore.contains(node.id())) {
                transitions.add(new Transition(node, Change.STALE));
            } else if (!stale && staleBefore.contains(node.id())) {
                transitions.add(new Transition(node, Change.RECOVERED));
            }
        }
        return new Observation(transitions, Set.copyOf(staleNow));
    }
}
