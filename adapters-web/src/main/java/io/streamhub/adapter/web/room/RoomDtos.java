package io.streamhub.adapter.web.room;

import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Rooms, participants and tracks as the API shows them. */
final class RoomDtos {
    private RoomDtos() {
    }

    @Serdeable
    record RoomDto(String name, String sid, int participants, int publishers, int viewers, int maxParticipants,
                   Instant createdAt, String metadata, String nodeId) {
        static RoomDto from(MediaUseCases.RoomView view) {
            RoomInfo r = view.room();
            return new RoomDto(r.name(), r.sid(), r.participants(), r.publishers(), view.viewers(), r.maxParticipants(),
                    r.createdAt(), r.metadata(), view.node().map(Object::toString).orElse(null));
        }
    }

    @Serdeable
    record TrackDto(String sid, String kind, String source, String name, boolean muted) {
        static TrackDto from(TrackInfo t) {
            return new TrackDto(t.sid(), t.kind().name().toLowerCase(Locale.ROOT), t.source(), t.name(), t.muted());
        }
    }

    @Serdeable
    record ParticipantDto(String sid, String identity, String name, String state, String kind, boolean hidden,
                          boolean publishing, List<TrackDto> tracks, Instant joinedAt) {
        static ParticipantDto from(ParticipantInfo p) {
            return new ParticipantDto(p.sid(), p.identity(), p.name(), p.state(), p.ingress() ? "ingress" : "standard",
                    p.hidden(), p.publishing(), p.tracks().stream().map(TrackDto::from).toList(), p.joinedAt());
        }
    }

    @Serdeable
    record CreateRoomRequest(String name, Integer emptyTimeout, Integer maxParticipants, String metadata, String region) {
    }

    @Serdeable
    record PlacementDto(String room, String nodeId, List<String> reasons, Instant decidedAt) {
    }

    @Serdeable
    record MuteRequest(String trackSid, Boolean muted) {
    }

    @Serdeable
    record DeletedRoomDto(String room, boolean deleted) {
    }
}
