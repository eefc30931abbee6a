package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.placement.RoomPlacement;
import java.util.Optional;

/** Where rooms were placed (room → node affinity), with the reasons. */
public interface PlacementStore {
    /** Inserts or replaces the placement of the same app and room. */
    void save(RoomPlacement placement);

    Optional<RoomPlacement> find(AppName app, String room);
}
