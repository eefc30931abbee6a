package io.streamhub.domain.room;

import io.streamhub.domain.app.App;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which app a LiveKit room belongs to: the app whose prefix equals the room or is followed by a
 * dash; the longest such prefix wins.
 */
public final class RoomOwnership {
    private RoomOwnership() {
    }

    public static Optional<App> ownerOf(String room, Collection<App> apps) {
        if (room == null) {
            return Optional.empty();
        }
        return apps.stream()
                .filter(app -> app.roomPrefix().owns(room))
                .max(Comparator.comparingInt(app -> app.roomPrefix().value().length()));
    }
}
