package io.streamhub.domain.room;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Optional;

/**
 * What to create a room with: an empty timeout (seconds), a participant cap (0 = no cap), and the
 * LiveKit node to pin it to (empty: LiveKit chooses).
 */
public record RoomSpec(String name, int emptyTimeoutSeconds, int maxParticipants, String metadata, Optional<String> mediaNodeId) {
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
