package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.placement.RoomPlacement;
import io.streamhub.domain.node.NodeId;
import java.util.List;
import java.util.Optional;

/** Where rooms were placed (room → node affinity), with the reasons. */
public interface PlacementStore {
    /** Inserts or replaces the placement of the same app and room. */
    void save(RoomPlacement placement);

    Optional<RoomPlacement> find(AppName app, String room);

    /** Drops the room's placement once the room is gone; nothing happens when there is none. */
    void forget(AppName app, String room);

    /** Every placement on the node. */
    List<RoomPlacement> onNode(NodeId node);
}
