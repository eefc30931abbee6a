package io.streamhub.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A media node in the registry: where clients reach its LiveKit ({@code url}), LiveKit's own id for
 * it ({@code mediaNodeId}, reported by heartbeats; rooms are pinned to a node with it), the
 * operator's status, what it may carry and what it last reported. A node is stale when it has never
 * been seen or was last seen longer ago than the staleness threshold.
 */
public record Node(NodeId id, String name, String url, Optional<String> region, NodeStatus status, Instant createdAt,
                   Optional<Instant> lastSeenAt, Optional<String> mediaNodeId, NodeCapacity capacity, NodeLoad load) {

    public boolean isStale(Instant now, Duration staleAfter) {
        return lastSeenAt.map(seen -> seen.plus(staleAfter).isBefore(now)).orElse(true);
    }

    /** A (re-)join refreshes the address, keeps an operator's draining or disabled, and counts as seen. */
    public Node joined(String newName, String newUrl, Optional<String> newRegion, Instant now) {
        return new Node(id, newName, newUrl, newRegion, status, createdAt, Optional.of(now), mediaNodeId, capacity, load);
    }

    public Node heartbeat(Optional<String> reportedMediaNodeId, NodeCapacity newCapacity, NodeLoad newLoad, Instant now) {
        return new Node(id, name, url, region, status, createdAt, Optional.of(now), reportedMediaNodeId.or(() -> mediaNodeId),
                newCapacity, newLoad);
    }

    public Node withStatus(NodeStatus newStatus) {
        return new Node(id, name, url, region, newStatus, createdAt, lastSeenAt, mediaNodeId, capacity, load);
    }

    public Node renamed(String newName, Optional<String> newRegion) {
        return new Node(id, newName, url, newRegion, status, createdAt, lastSeenAt, mediaNodeId, capacity, load);
    }
}
