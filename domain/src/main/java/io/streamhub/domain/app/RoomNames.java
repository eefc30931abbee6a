package io.streamhub.domain.app;

import java.util.regex.Pattern;

/** The shape every LiveKit room name handled by StreamHub must have. */
public final class RoomNames {
    public static final int MAX_LENGTH = 120;
    private static final Pattern FORMAT = Pattern.compile("^[a-zA-Z0-9._-]+$");

    private RoomNames() {
    }

    public static boolean isValid(String room) {
        return room != null && room.length() <= MAX_LENGTH && FORMAT.matcher(room).matches();
    }
}
