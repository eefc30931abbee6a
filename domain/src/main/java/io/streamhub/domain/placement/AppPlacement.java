package io.streamhub.domain.placement;

import io.streamhub.domain.node.NodeId;
import java.util.Set;

/** An app's say in placement: when {@code pinned} is non-empty only those nodes; never the {@code denied} ones. */
public record AppPlacement(Set<NodeId> pinned, Set<NodeId> denied) {
    public static final AppPlacement ANYWHERE = new AppPlacement(Set.of(), Set.of());

    public AppPlacement {
        pinned = Set.copyOf(pinned);
        denied = Set.copyOf(denied);
    }
}
