package io.streamhub.application.port.out;

import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import java.util.List;
import java.util.Optional;

/**
 * The media server's control API (LiveKit's RoomService and Ingress). Every method may throw
 * {@link io.streamhub.domain.error.UnavailableException} (code {@code livekit_unavailable}: not
 * configured, unreachable or timed out) or {@link io.streamhub.domain.error.UpstreamException}
 * (code {@code livekit_error}: it answered with an error). "Not found" is an empty result, never
 * an exception.
 */
public interface MediaServerGateway {

    /** Rooms whose names are given; every room when {@code names} is empty. */
    List<RoomInfo> listRooms(List<String> names);

    RoomInfo createRoom(RoomSpec spec);

    /** @return false when no such room existed */
    boolean deleteRoom(String room);

    /** Empty when the room does not exist. */
    List<ParticipantInfo> listParticipants(String room);

    Optional<ParticipantInfo> participant(String room, String identity);

    /** @return false when no such participant was in the room */
    boolean removeParticipant(String room, String identity);

    /** @return the track after the change; empty when the participant or track is unknown */
    Optional<TrackInfo> mutePublishedTrack(String room, String identity, String trackSid, boolean muted);

    IngressInfo createIngress(IngressSpec spec);

    /** Ingress publishing into {@code room}; every ingress when {@code room} is empty. */
    List<IngressInfo> listIngress(Optional<String> room);

    /** @return false when no such ingress existed */
    boolean deleteIngress(String ingressId);

    /** Starts a recording (an egress); its progress arrives as egress webhooks. */
    io.streamhub.domain.event.EgressInfo startRecording(io.streamhub.domain.vod.RecordingSpec spec);

    /** Stops a recording; false when the media server knows no such egress. */
    boolean stopRecording(String egressId);

    /** A recording as the media server reports it now (status, file); empty when it does not know the egress (any more). */
    Optional<io.streamhub.domain.event.EgressInfo> findRecording(String egressId);

    /**
     * Starts live HLS of a room (a room-composite egress cut into segments in the spec's directory).
     * The answer's file is the playlist path, so {@link io.streamhub.domain.event.EgressInfo#isLivePlaylist()}
     * tells it from a recording. Stopped with {@link #stopRecording}, like any egress.
     */
    io.streamhub.domain.event.EgressInfo startHls(io.streamhub.domain.hls.HlsSpec spec);
}
