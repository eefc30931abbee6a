package io.streamhub.application.service;

import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.ControlPlaneMetrics.CallResult;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Times every media-server call and counts how it ended ({@code op}, {@code result}); behaviour is unchanged. */
public final class MeteredMediaServerGateway implements MediaServerGateway {
    private final MediaServerGateway delegate;
    private final ControlPlaneMetrics metrics;

    public MeteredMediaServerGateway(MediaServerGateway delegate, ControlPlaneMetrics metrics) {
        this.delegate = delegate;
        this.metrics = metrics;
    }

    private <T> T measured(String op, Supplier<T> call) {
        long start = System.nanoTime();
        CallResult result = CallResult.ERROR;
        try {
            T answer = call.get();
            result = CallResult.OK;
            return answer;
        } catch (UnavailableException e) {
            result = CallResult.UNAVAILABLE;
            throw e;
        } finally {
            metrics.mediaServerCall(op, result, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public List<RoomInfo> listRooms(List<String> names) {
        return measured("listRooms", () -> delegate.listRooms(names));
    }

    @Override
    public RoomInfo createRoom(RoomSpec spec) {
        return measured("createRoom", () -> delegate.createRoom(spec));
    }

    @Override
    public boolean deleteRoom(String room) {
        return measured("deleteRoom", () -> delegate.deleteRoom(room));
    }

    @Override
    public List<ParticipantInfo> listParticipants(String room) {
        return measured("listParticipants", () -> delegate.listParticipants(room));
    }

    @Override
    public Optional<ParticipantInfo> participant(String room, String identity) {
        return measured("getParticipant", () -> delegate.participant(room, identity));
    }

    @Override
    public boolean removeParticipant(String room, String identity) {
        return measured("removeParticipant", () -> delegate.removeParticipant(room, identity));
    }

    @Override
    public Optional<TrackInfo> mutePublishedTrack(String room, String identity, String trackSid, boolean muted) {
        return measured("mutePublishedTrack", () -> delegate.mutePublishedTrack(room, identity, trackSid, muted));
    }

    @Override
    public IngressInfo createIngress(IngressSpec spec) {
        return measured("createIngress", () -> delegate.createIngress(spec));
    }

    @Override
    public List<IngressInfo> listIngress(Optional<String> room) {
        return measured("listIngress", () -> delegate.listIngress(room));
    }

    @Override
    public boolean deleteIngress(String ingressId) {
        return measured("deleteIngress", () -> delegate.deleteIngress(ingressId));
    }

    @Override
    public io.streamhub.domain.event.EgressInfo startRecording(io.streamhub.domain.vod.RecordingSpec spec) {
        return measured("startRecording", () -> delegate.startRecording(spec));
    }

    @Override
    public boolean stopRecording(String egressId) {
        return measured("stopRecording", () -> delegate.stopRecording(egressId));
    }

    @Override
    public Optional<io.streamhub.domain.event.EgressInfo> findRecording(String egressId) {
        return measured("findRecording", () -> delegate.findRecording(egressId));
    }

    @Override
    public io.streamhub.domain.event.EgressInfo startHls(io.streamhub.domain.hls.HlsSpec spec) {
        return measured("startHls", () -> delegate.startHls(spec));
    }
}
