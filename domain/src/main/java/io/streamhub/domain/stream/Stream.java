package io.streamhub.domain.stream;

import java.time.Instant;
import java.util.Optional;

/**
 * A live (or ended) stream: one publishing participant in one room, identified by the canonical
 * {@code <room>/<identity>}. Invariant: an ended stream has an end time.
 */
public record Stream(String streamId, StreamType type, String room, String participant, boolean active,
                     Instant startedAt, Optional<Instant> endedAt) {

    public Stream {
        if (!streamId.equals(idOf(room, participant))) {
            throw new IllegalArgumentException("stream id must be <room>/<identity>");
        }
        if (!active && endedAt.isEmpty()) {
            throw new IllegalArgumentException("an ended stream has an end time");
        }
    }

    public static String idOf(String room, String identity) {
        return room + "/" + identity;
    }

    public static Stream started(StreamType type, String room, String participant, Instant now) {
        return new Stream(idOf(room, participant), type, room, participant, true, now, Optional.empty());
    }

    public Stream ended(Instant now) {
        return active ? new Stream(streamId, type, room, participant, false, startedAt, Optional.of(now)) : this;
    }
}
