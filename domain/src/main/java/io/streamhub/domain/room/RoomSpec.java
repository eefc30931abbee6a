package io.streamhub.domain.room;

import io.streamhub.domain.error.InvalidInputException;

/** What to create a room with: an empty timeout (seconds) and a participant cap (0 = no cap). */
public record RoomSpec(String name, int emptyTimeoutSeconds, int maxParticipants, String metadata) {
    public RoomSpec {
        if (emptyTimeoutSeconds < 0 || emptyTimeoutSeconds > 86_400) {
            throw new InvalidInputException("emptyTimeout", "emptyTimeout must be 0 to 86400 seconds");
        }
        if (maxParticipants < 0 || maxParticipants > 100_000) {
            throw new InvalidInputException("maxParticipants", "maxParticipants must be 0 to 100000");
        }
        if (metadata != null && metadata.length() > 2000) {
            throw new InvalidInputException("metadata", "metadata must be at most 2000 characters");
        }
    }
}
