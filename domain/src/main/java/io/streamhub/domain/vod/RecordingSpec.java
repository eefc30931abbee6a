package io.streamhub.domain.vod;

import java.util.Optional;

/**
 * What to ask the media server to record: the whole room composed with {@code layout}, or one
 * participant ({@code participant} present), into the MP4 file {@code filepath} on the egress host.
 */
public record RecordingSpec(String room, Optional<String> participant, String layout, String filepath) {
    public RecordingSpec {
        if (room == null || room.isBlank() || filepath == null || filepath.isBlank()) {
            throw new IllegalArgumentException("a recording needs a room and a file path");
        }
    }
}
