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
                         Instant createdAt) {

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

    /** The room named by the event or, for ingress events, by the ingress. */
    public Optional<String> roomName() {
        return room.or(() -> ingress.map(IngressInfo::room));
    }
}
