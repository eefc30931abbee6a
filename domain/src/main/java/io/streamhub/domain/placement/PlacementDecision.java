package io.streamhub.domain.placement;

import io.streamhub.domain.node.NodeId;
import java.util.List;

/** The outcome of {@link PlacementPolicy}, with the reasons behind it, one line per node considered. */
public sealed interface PlacementDecision {

    List<String> reasons();

    record Placed(NodeId node, List<String> reasons) implements PlacementDecision {
        public Placed {
            reasons = List.copyOf(reasons);
        }
    }

    record Rejected(List<String> reasons) implements PlacementDecision {
        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
