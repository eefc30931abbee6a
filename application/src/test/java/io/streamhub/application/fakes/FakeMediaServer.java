package io.streamhub.application.fakes;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory media server; {@link #down} makes every call fail as an unreachable LiveKit would. */
public class FakeMediaServer implements MediaServerGateway {
    public final Map<String, RoomInfo> rooms = new LinkedHashMap<>();
    public final Map<String, List<ParticipantInfo>> participants = new LinkedHashMap<>();
    public final Map<String, IngressInfo> ingress = new LinkedHashMap<>();
    public final List<RoomSpec> createdRooms = new ArrayList<>();
    public boolean down;
    /** Report the room list's counts as LiveKit does while they lag: 0 participants, 0 publishers. */
    public boolean staleRoomCounts;
    private int sequence;

    private void check() {
        if (down) {
            throw new UnavailableException("livekit_unavailable", "LiveKit is unreachable (fake)");
        }
    }

    public void join(String room, ParticipantInfo participant) {
        rooms.computeIfAbsent(room, r -> new RoomInfo(r, "RM_" + r, 0, 0, 0, Instant.EPOCH, "", null));
        participants.computeIfAbsent(room, r -> new ArrayList<>()).add(participant);
    }

    @Override
    public List<RoomInfo> listRooms(List<String> names) {
        check();
        // counts as LiveKit reports them: participants, and those publishing
        return rooms.values().stream().filter(r -> names.isEmpty() || names.contains(r.name()))
                .map(r -> {
                    List<ParticipantInfo> in = staleRoomCounts ? List.of() : participants.getOrDefault(r.name(), List.of());
                    return new RoomInfo(r.name(), r.sid(), in.size(), (int) in.stream().filter(ParticipantInfo::publishing).count(),
                            r.maxParticipants(), r.createdAt(), r.metadata(), r.nodeId());
                }).toList();
    }

    @Override
    public RoomInfo createRoom(RoomSpec spec) {
        check();
        createdRooms.add(spec);
        return rooms.computeIfAbsent(spec.name(), r -> new RoomInfo(r, "RM_" + r, 0, 0, spec.maxParticipants(), Instant.EPOCH,
                spec.metadata(), null));
    }

    @Override
    public boolean deleteRoom(String room) {
        check();
        participants.remove(room);
        return rooms.remove(room) != null;
    }

    @Override
    public List<ParticipantInfo> listParticipants(String room) {
        check();
        return List.copyOf(participants.getOrDefault(room, List.of()));
    }

    @Override
    public Optional<ParticipantInfo> participant(String room, String identity) {
        return listParticipants(room).stream().filter(p -> p.identity().equals(identity)).findFirst();
    }

    @Override
    public boolean removeParticipant(String room, String identity) {
        check();
        return participants.getOrDefault(room, new ArrayList<>()).removeIf(p -> p.identity().equals(identity));
    }

    @Override
    public Optional<TrackInfo> mutePublishedTrack(String room, String identity, String trackSid, boolean muted) {
        return participant(room, identity).flatMap(p -> p.tracks().stream().filter(t -> t.sid().equals(trackSid)).findFirst())
                .map(t -> new TrackInfo(t.sid(), t.kind(), t.source(), t.name(), muted));
    }

    @Override
    public IngressInfo createIngress(IngressSpec spec) {
        check();
        String id = "IN_" + (++sequence);
        IngressInfo info = new IngressInfo(id, spec.name(), spec.inputType(), "rtmp://127.0.0.1:1935/x", "key" + sequence,
                spec.room(), spec.participantIdentity(), spec.participantName(), "endpoint_inactive", null);
        ingress.put(id, info);
        return info;
    }

    @Override
    public List<IngressInfo> listIngress(Optional<String> room) {
        check();
        return ingress.values().stream().filter(i -> room.map(r -> r.equals(i.room())).orElse(true)).toList();
    }

    @Override
    public boolean deleteIngress(String ingressId) {
        check();
        return ingress.remove(ingressId) != null;
    }

    /** Recordings started, by egress id (all end as {@code EGRESS_COMPLETE} when stopped). */
    public final Map<String, io.streamhub.domain.vod.RecordingSpec> recordings = new java.util.LinkedHashMap<>();
    public final java.util.Set<String> stoppedRecordings = new java.util.LinkedHashSet<>();

    @Override
    public io.streamhub.domain.event.EgressInfo startRecording(io.streamhub.domain.vod.RecordingSpec spec) {
        check();
        String id = "EG_" + (recordings.size() + 1);
        recordings.put(id, spec);
        return new io.streamhub.domain.event.EgressInfo(id, spec.room(), "EGRESS_STARTING", Optional.empty(), Optional.empty());
    }

    @Override
    public boolean stopRecording(String egressId) {
        check();
        return recordings.containsKey(egressId) && stoppedRecordings.add(egressId);
    }

    /** What {@link #findRecording} answers, by egress id (set by tests; unknown egresses are empty). */
    public final Map<String, io.streamhub.domain.event.EgressInfo> egressStates = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public Optional<io.streamhub.domain.event.EgressInfo> findRecording(String egressId) {
        check();
        return Optional.ofNullable(egressStates.get(egressId));
    }

    /** Live HLS egresses started, by egress id. */
    public final Map<String, io.streamhub.domain.hls.HlsSpec> hls = new java.util.LinkedHashMap<>();

    @Override
    public io.streamhub.domain.event.EgressInfo startHls(io.streamhub.domain.hls.HlsSpec spec) {
        check();
        String id = "EG_HLS_" + (hls.size() + 1);
        hls.put(id, spec);
        recordings.put(id, new io.streamhub.domain.vod.RecordingSpec(spec.room(), Optional.empty(), spec.layout(), spec.playlistPath()));
        return new io.streamhub.domain.event.EgressInfo(id, spec.room(), "EGRESS_STARTING", Optional.of(spec.playlistPath()),
                Optional.empty());
    }
}
