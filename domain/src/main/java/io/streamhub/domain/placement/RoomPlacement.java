package io.streamhub.domain.placement;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import java.time.Instant;
import java.util.List;

/** Where a room of an app was placed, and why (the decision's reasons, kept for operators). */
public record RoomPlacement(AppName app, String room, NodeId node, List<String> reasons, Instant decidedAt) {
    public RoomPlacement {
        reasons = List.copyOf(reasons);
    }
}
