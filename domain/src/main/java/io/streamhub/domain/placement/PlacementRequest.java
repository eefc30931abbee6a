package io.streamhub.domain.placement;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Optional;

/**
 * A new room to place: where its publisher is (optional) and what it is expected to add to a node.
 * The default expectation is one participant at 2.5 Mbps (a 720p subscriber, the seeds' unit).
 */
public record PlacementRequest(String room, Optional<String> region, int expectedParticipants, long expectedBitsPerSecond) {
    public static final long DEFAULT_BITS_PER_SECOND = 2_500_000L;

    public PlacementRequest {
        if (expectedParticipants < 1) {
            throw new InvalidInputException("expectedParticipants", "expectedParticipants must be at least 1");
        }
        if (expectedBitsPerSecond < 0) {
            throw new InvalidInputException("expectedBitsPerSecond", "expectedBitsPerSecond must not be negative");
        }
    }

    public static PlacementRequest of(String room, Optional<String> region) {
        return new PlacementRequest(room, region, 1, DEFAULT_BITS_PER_SECOND);
    }
}
