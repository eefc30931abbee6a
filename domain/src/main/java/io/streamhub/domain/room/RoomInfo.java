package io.streamhub.domain.room;

import java.time.Instant;

/** A room as the media server reports it; {@code nodeId} is the media node that serves it, when known. */
public record RoomInfo(String name, String sid, int participants, int publishers, int maxParticipants,
                       Instant createdAt, String metadata, String nodeId) {
}
