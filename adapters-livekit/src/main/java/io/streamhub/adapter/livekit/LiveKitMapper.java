package io.streamhub.adapter.livekit;

import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import livekit.LivekitIngress;
import livekit.LivekitModels;
import livekit.LivekitWebhook;

/** Translates LiveKit's protobuf messages into StreamHub's domain records and back. */
final class LiveKitMapper {
    private LiveKitMapper() {
    }

    /** LiveKit's RoomService does not say which node serves a room, so {@code nodeId} stays null. */
    static RoomInfo room(LivekitModels.Room room) {
        Instant createdAt = room.getCreationTimeMs() > 0 ? Instant.ofEpochMilli(room.getCreationTimeMs())
                : seconds(room.getCreationTime());
        return new RoomInfo(room.getName(), room.getSid(), room.getNumParticipants(), room.getNumPublishers(),
                room.getMaxParticipants(), createdAt, room.getMetadata(), null);
    }

    static ParticipantInfo participant(LivekitModels.ParticipantInfo p) {
        Instant joinedAt = p.getJoinedAtMs() > 0 ? Instant.ofEpochMilli(p.getJoinedAtMs()) : seconds(p.getJoinedAt());
        return new ParticipantInfo(p.getSid(), p.getIdentity(), p.getName(), lower(p.getState()),
                p.getKind() == LivekitModels.ParticipantInfo.Kind.INGRESS, p.hasPermission() && p.getPermission().getHidden(),
                p.getTracksList().stream().map(LiveKitMapper::track).toList(), joinedAt);
    }

    static TrackInfo track(LivekitModels.TrackInfo t) {
        TrackInfo.Kind kind = switch (t.getType()) {
            case AUDIO -> TrackInfo.Kind.AUDIO;
            case VIDEO -> TrackInfo.Kind.VIDEO;
            case DATA -> TrackInfo.Kind.DATA;
            default -> TrackInfo.Kind.UNKNOWN;
        };
        return new TrackInfo(t.getSid(), kind, lower(t.getSource()), t.getName(), t.getMuted());
    }

    /**
     * {@code status} is LiveKit's endpoint state in lower case ({@code endpoint_inactive},
     * {@code endpoint_publishing}, ...); {@code startedAt} is null until the ingress has published.
     * An input type this StreamHub does not know is null.
     */
    static io.streamhub.domain.ingress.IngressInfo ingress(LivekitIngress.IngressInfo i) {
        InputType inputType = switch (i.getInputType()) {
            case RTMP_INPUT -> InputType.RTMP;
            case WHIP_INPUT -> InputType.WHIP;
            case URL_INPUT -> InputType.URL;
            default -> null;
        };
        LivekitIngress.IngressState state = i.getState();
        // IngressState.started_at is in Unix nanoseconds (unlike the seconds/milliseconds of rooms)
        Instant startedAt = state.getStartedAt() > 0 ? Instant.EPOCH.plusNanos(state.getStartedAt()) : null;
        return new io.streamhub.domain.ingress.IngressInfo(i.getIngressId(), i.getName(), inputType, i.getUrl(),
                i.getStreamKey(), i.getRoomName(), i.getParticipantIdentity(), i.getParticipantName(),
                lower(state.getStatus()), startedAt);
    }

    static LivekitIngress.IngressInput input(InputType type) {
        return switch (type) {
            case RTMP -> LivekitIngress.IngressInput.RTMP_INPUT;
            case WHIP -> LivekitIngress.IngressInput.WHIP_INPUT;
            case URL -> LivekitIngress.IngressInput.URL_INPUT;
        };
    }

    /** A webhook event; {@code createdAt} is in epoch seconds on the wire. */
    static MediaEvent event(LivekitWebhook.WebhookEvent e) {
        Optional<String> room = e.hasRoom() && !e.getRoom().getName().isEmpty()
                ? Optional.of(e.getRoom().getName()) : Optional.empty();
        return new MediaEvent(e.getId(), MediaEvent.Kind.of(e.getEvent()), room,
                e.hasParticipant() ? Optional.of(participant(e.getParticipant())) : Optional.empty(),
                e.hasTrack() ? Optional.of(track(e.getTrack())) : Optional.empty(),
                e.hasIngressInfo() ? Optional.of(ingress(e.getIngressInfo())) : Optional.empty(),
                e.hasEgressInfo() ? Optional.of(e.getEgressInfo().getEgressId()) : Optional.empty(),
                Instant.ofEpochSecond(e.getCreatedAt()),
                e.hasEgressInfo() ? Optional.of(egress(e.getEgressInfo())) : Optional.empty());
    }

    /** The segmented output of live HLS: live playlist {@code index.m3u8}, event playlist, {@code segment_NNNNN.ts}. */
    static livekit.LivekitEgress.SegmentedFileOutput segments(io.streamhub.domain.hls.HlsSpec spec) {
        String dir = spec.directory().endsWith("/") ? spec.directory() : spec.directory() + "/";
        return livekit.LivekitEgress.SegmentedFileOutput.newBuilder()
                .setProtocol(livekit.LivekitEgress.SegmentedFileProtocol.HLS_PROTOCOL)
                .setFilenamePrefix(dir + "segment")
                .setPlaylistName(dir + "event.m3u8")
                .setLivePlaylistName(spec.playlistPath())
                .setSegmentDuration(spec.settings().segmentSeconds())
                .build();
    }

    /**
     * The egress's status, the file it wrote (the first file result; for live HLS the live playlist,
     * so {@code isLivePlaylist()} tells it from a recording) and its error.
     */
    static io.streamhub.domain.event.EgressInfo egress(livekit.LivekitEgress.EgressInfo info) {
        Optional<String> file = info.getFileResultsList().stream().map(livekit.LivekitEgress.FileInfo::getFilename)
                .filter(name -> !name.isEmpty()).findFirst()
                .or(() -> livePlaylist(info));
        return new io.streamhub.domain.event.EgressInfo(info.getEgressId(), info.getRoomName(), info.getStatus().name(), file,
                info.getError().isEmpty() ? Optional.empty() : Optional.of(info.getError()));
    }

    private static Optional<String> livePlaylist(livekit.LivekitEgress.EgressInfo info) {
        if (info.hasRoomComposite() && info.getRoomComposite().getSegmentOutputsCount() > 0) {
            livekit.LivekitEgress.SegmentedFileOutput out = info.getRoomComposite().getSegmentOutputs(0);
            return Optional.of(out.getLivePlaylistName().isEmpty() ? out.getPlaylistName() : out.getLivePlaylistName())
                    .filter(name -> !name.isEmpty());
        }
        if (info.hasRoomComposite() && info.getRoomComposite().hasSegments()) {
            return Optional.of(info.getRoomComposite().getSegments().getLivePlaylistName()).filter(name -> !name.isEmpty());
        }
        return info.getSegmentResultsList().stream().map(s -> s.getLivePlaylistName().isEmpty() ? s.getPlaylistName()
                : s.getLivePlaylistName()).filter(name -> !name.isEmpty()).findFirst();
    }

    private static Instant seconds(long epochSeconds) {
        return epochSeconds > 0 ? Instant.ofEpochSecond(epochSeconds) : null;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
