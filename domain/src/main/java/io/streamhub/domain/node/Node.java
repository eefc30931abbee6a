package io.streamhub.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A media node in the registry: where clients reach its LiveKit ({@code url}), the operator's
 * status, what it may carry and what it last reported. A node is stale when it has never been seen
 * or was last seen longer ago than the staleness threshold.
 */
public record Node(NodeId id, String name, String url, Optional<String> region, NodeStatus status, Instant createdAt,
                   Optional<Instant> lastSeenAt, NodeCapacity capacity, NodeLoad load) {

    public boolean isStale(Instant now, Duration staleAfter) {
        return lastSeenAt.map(seen -> seen.plus(staleAfter).isBefore(now)).orElse(true);
    }

    /** A (re-)join refreshes the address, keeps an operator's draining or disabled, and counts as seen. */
    public Node joined(String newName, String newUrl, Optional<String> newRegion, Instant now) {
        return new Node(id, newName, newUrl, newRegion, status, createdAt, Optional.of(now), capacity, load);
    }

    public Node heartbeat(NodeCapacity newCapacity, NodeLoad newLoad, Instant now) {
        return new Node(id, name, url, region, status, createdAt, Optional.of(now), newCapacity, newLoad);
    }

    public Node withStatus(NodeStatus newStatus) {
        return new Node(id, name, url, region, newStatus, createdAt, lastSeenAt, capacity, load);
    }

    public Node renamed(String newName, Optional<String> newRegion) {
        return new Node(id, newName, url, newRegion, status, createdAt, lastSeenAt, capacity, load);
    }
}
