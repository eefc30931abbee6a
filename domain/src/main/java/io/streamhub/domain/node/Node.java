package io.streamhub.domain.node;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A media node in the registry. Invariant-free data: the placement policy judges it. A node is
 * stale when it has never been seen or was last seen longer ago than the staleness threshold.
 */
public record Node(NodeId id, String name, Optional<String> region, NodeStatus status, Optional<Instant> lastSeenAt,
                   NodeCapacity capacity, NodeLoad load) {

    public boolean isStale(Instant now, Duration staleAfter) {
        return lastSeenAt.map(seen -> seen.plus(staleAfter).isBefore(now)).orElse(true);
    }
}
