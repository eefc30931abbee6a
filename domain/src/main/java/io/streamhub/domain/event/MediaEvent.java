package io.streamhub.domain.event;

import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** A verified event from the media server (a LiveKit webhook), in StreamHub's terms. */
public record MediaEvent(String id, Kind kind, Optional<String> room, Optional<ParticipantInfo> participant,
                         Optional<TrackInfo> track, Optional<IngressInfo> ingress, Optional<String> egressId,
                         Instant createdAt, Optional<EgressInfo> egress) {

    public MediaEvent {
        egress = egress == null ? Optional.empty() : egress;
        egressId = egressId.isPresent() ? egressId : egress.map(EgressInfo::egressId);
    }

    /** An event without egress details. */
    public MediaEvent(String id, Kind kind, Optional<String> room, Optional<ParticipantInfo> participant,
                      Optional<TrackInfo> track, Optional<IngressInfo> ingress, Optional<String> egressId, Instant createdAt) {
        this(id, kind, room, participant, track, ingress, egressId, createdAt, Optional.empty());
    }

    public enum Kind {
        ROOM_STARTED, ROOM_FINISHED, PARTICIPANT_JOINED, PARTICIPANT_LEFT, TRACK_PUBLISHED, TRACK_UNPUBLISHED,
        INGRESS_STARTED, INGRESS_ENDED, EGRESS_STARTED, EGRESS_UPDATED, EGRESS_ENDED, OTHER;

        /** LiveKit's event name ({@code track_published}) to a kind; unknown names are {@link #OTHER}. */
        public static Kind of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                return OTHER;
            }
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The room named by the event or, for ingress and egress events, by the ingress or egress. */
    public Optional<String> roomName() {
        return room.or(() -> ingress.map(IngressInfo::room))
                .or(() -> egress.map(EgressInfo::roomName).filter(name -> !name.isEmpty()));
    }
}
