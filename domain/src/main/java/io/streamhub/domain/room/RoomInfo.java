package io.streamhub.domain.room;

import java.time.Instant;
import java.util.List;

/** A room as the media server reports it; {@code nodeId} is the media node that serves it, when known. */
public record RoomInfo(String name, String sid, int participants, int publishers, int maxParticipants,
                       Instant createdAt, String metadata, String nodeId) {

    /**
     * This room with its counts taken from the participant list. LiveKit's ListRooms reports
     * {@code num_participants}/{@code num_publishers} as last stored (they lag joins and leaves by seconds, and
     * stay 0 for a room created through the API before anyone joined); its ListParticipants is exact.
     */
    public RoomInfo countedFrom(List<ParticipantInfo> present) {
        int publishing = (int) present.stream().filter(ParticipantInfo::publishing).count();
        return new RoomInfo(name, sid, present.size(), publishing, maxParticipants, createdAt, metadata, nodeId);
    }
}
