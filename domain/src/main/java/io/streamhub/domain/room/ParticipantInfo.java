package io.streamhub.domain.room;

import java.time.Instant;
import java.util.List;

/**
 * A participant as the media server reports it. {@code ingress} marks participants that an
 * ingress (RTMP/WHIP/URL) publishes for.
 */
public record ParticipantInfo(String sid, String identity, String name, String state, boolean ingress, boolean hidden,
                              List<TrackInfo> tracks, Instant joinedAt) {
    public ParticipantInfo {
        tracks = List.copyOf(tracks);
    }

    /** Publishing at least one track. */
    public boolean publishing() {
        return !tracks.isEmpty();
    }

    /** Counted as a viewer: neither publishing nor hidden. */
    public boolean viewer() {
        return !publishing() && !hidden();
    }
}
