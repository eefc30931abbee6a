package io.streamhub.domain.app;

import io.streamhub.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/** The LiveKit room namespace of an app: every room of the app is the prefix or starts with {@code prefix-}. */
public record RoomPrefix(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    public RoomPrefix {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("roomPrefix", "roomPrefix must match ^[a-z0-9][a-z0-9-]{0,39}$");
        }
    }

    /**
     * Namespaces a requested room: empty means the prefix itself; a name equal to the prefix or
     * starting with {@code prefix-} is kept; anything else becomes {@code prefix-name}.
     */
    public String namespace(String requestedRoom) {
        if (requestedRoom == null || requestedRoom.isEmpty()) {
            return value;
        }
        if (!RoomNames.isValid(requestedRoom)) {
            throw new InvalidInputException("room", "room must match ^[a-zA-Z0-9._-]+$ and be at most 120 characters");
        }
        String room = owns(requestedRoom) ? requestedRoom : value + "-" + requestedRoom;
        if (room.length() > RoomNames.MAX_LENGTH) {
            throw new InvalidInputException("room", "room with its prefix must be at most 120 characters");
        }
        return room;
    }

    /** True when a LiveKit room belongs to this namespace (the dash matters: {@code live} does not own {@code live2}). */
    public boolean owns(String room) {
        return room.equals(value) || room.startsWith(value + "-");
    }

    /** Two apps whose namespaces overlap could name each other's rooms, so that is never allowed. */
    public boolean overlaps(RoomPrefix other) {
        return owns(other.value) || other.owns(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
