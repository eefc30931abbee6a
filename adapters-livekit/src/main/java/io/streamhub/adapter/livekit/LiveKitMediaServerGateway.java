package io.streamhub.adapter.livekit;

import com.google.protobuf.InvalidProtocolBufferException;
import io.livekit.server.IngressServiceClient;
import io.livekit.server.RoomServiceClient;
import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import livekit.LivekitModels;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * LiveKit's RoomService and Ingress Twirp APIs through the server SDK. Transport failures and
 * timeouts are {@link UnavailableException}s, Twirp error answers {@link UpstreamException}s
 * (or empty results for {@code not_found}, as the port asks).
 */
@Singleton
public class LiveKitMediaServerGateway implements MediaServerGateway {
    private final String url;
    private final String apiKey;
    private final String apiSecret;
    private final LiveKitTimeouts timeouts;
    private volatile Clients clients;

    @Inject
    public LiveKitMediaServerGateway(@Value("${streamhub.livekit.url:}") String url,
                                     @Value("${streamhub.livekit.api-key:}") String apiKey,
                                     @Value("${streamhub.livekit.api-secret:}") String apiSecret) {
        this(url, apiKey, apiSecret, LiveKitTimeouts.DEFAULT);
    }

    LiveKitMediaServerGateway(String url, String apiKey, String apiSecret, LiveKitTimeouts timeouts) {
        this.url = url == null ? "" : url.strip();
        this.apiKey = apiKey == null ? "" : apiKey;
        this.apiSecret = apiSecret == null ? "" : apiSecret;
        this.timeouts = timeouts;
    }

    @Override
    public List<RoomInfo> listRooms(List<String> names) {
        List<LivekitModels.Room> rooms = required("ListRooms", c -> c.rooms.listRooms(names.isEmpty() ? null : names));
        return rooms.stream().map(LiveKitMapper::room).toList();
    }

    @Override
    public RoomInfo createRoom(RoomSpec spec) {
        return LiveKitMapper.room(required("CreateRoom", c -> c.rooms.createRoom(spec.name(), spec.emptyTimeoutSeconds(),
                spec.maxParticipants(), spec.mediaNodeId().orElse(null), spec.metadata())));
    }

    @Override
    public boolean deleteRoom(String room) {
        return found("DeleteRoom", c -> c.rooms.deleteRoom(room));
    }

    @Override
    public List<ParticipantInfo> listParticipants(String room) {
        return unlessNotFound("ListParticipants", c -> c.rooms.listParticipants(room))
                .map(participants -> participants.stream().map(LiveKitMapper::participant).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<ParticipantInfo> participant(String room, String identity) {
        return unlessNotFound("GetParticipant", c -> c.rooms.getParticipant(room, identity)).map(LiveKitMapper::participant);
    }

    @Override
    public boolean removeParticipant(String room, String identity) {
        return found("RemoveParticipant", c -> c.rooms.removeParticipant(room, identity));
    }

    /**
     * Looks the participant up first: LiveKit v1.13 answers a mute of an unknown participant with
     * {@code unavailable} after a 3 s internal timeout instead of {@code not_found}.
     */
    @Override
    public Optional<TrackInfo> mutePublishedTrack(String room, String identity, String trackSid, boolean muted) {
        boolean published = participant(room, identity).stream()
                .flatMap(p -> p.tracks().stream())
                .anyMatch(track -> track.sid().equals(trackSid));
        if (!published) {
            return Optional.empty();
        }
        return unlessNotFound("MutePublishedTrack", c -> c.rooms.mutePublishedTrack(room, identity, trackSid, muted))
                .filter(track -> !track.getSid().isEmpty())
                .map(LiveKitMapper::track);
    }

    /** Transcoding is set explicitly from the spec; LiveKit allows turning it off for WHIP only. */
    @Override
    public IngressInfo createIngress(IngressSpec spec) {
        return LiveKitMapper.ingress(required("CreateIngress", c -> c.ingress.createIngress(
                spec.name() == null ? "" : spec.name(), spec.room(), spec.participantIdentity(), spec.participantName(),
                LiveKitMapper.input(spec.inputType()), null, null, null, spec.transcode(),
                spec.inputType() == InputType.URL ? spec.url() : null)));
    }

    @Override
    public List<IngressInfo> listIngress(Optional<String> room) {
        return required("ListIngress", c -> c.ingress.listIngress(room.orElse(null), null)).stream()
                .map(LiveKitMapper::ingress)
                .toList();
    }

    @Override
    public boolean deleteIngress(String ingressId) {
        return found("DeleteIngress", c -> c.ingress.deleteIngress(ingressId));
    }

    /** Room composite (with the layout) or participant egress into one MP4 file. */
    @Override
    public io.streamhub.domain.event.EgressInfo startRecording(io.streamhub.domain.vod.RecordingSpec spec) {
        livekit.LivekitEgress.EncodedFileOutput file = livekit.LivekitEgress.EncodedFileOutput.newBuilder()
                .setFileType(livekit.LivekitEgress.EncodedFileType.MP4).setFilepath(spec.filepath()).build();
        livekit.LivekitEgress.EgressInfo started = spec.participant().isPresent()
                ? required("StartParticipantEgress", c -> c.egress.startParticipantEgress(spec.room(), spec.participant().get(),
                        new io.livekit.server.EncodedOutputs(file, null, null, null)))
                : required("StartRoomCompositeEgress", c -> c.egress.startRoomCompositeEgress(spec.room(), file, spec.layout(),
                        null, null, false, false, "", io.livekit.server.AudioMixing.DEFAULT_MIXING));
        return LiveKitMapper.egress(started);
    }

    /**
     * Room composite cut into HLS: the live (sliding-window) playlist is {@code index.m3u8}, the full
     * event playlist {@code event.m3u8}, segments {@code segment_NNNNN.ts}, all in the spec's directory.
     * LiveKit's egress fixes the live playlist's window itself: {@code listSize} has no field here.
     */
    @Override
    public io.streamhub.domain.event.EgressInfo startHls(io.streamhub.domain.hls.HlsSpec spec) {
        livekit.LivekitEgress.SegmentedFileOutput segments = LiveKitMapper.segments(spec);
        livekit.LivekitEgress.EgressInfo started = required("StartRoomCompositeEgress", c -> c.egress.startRoomCompositeEgress(
                spec.room(), segments, spec.layout(), null, null, false, false, "", io.livekit.server.AudioMixing.DEFAULT_MIXING));
        io.streamhub.domain.event.EgressInfo egress = LiveKitMapper.egress(started);
        return egress.isLivePlaylist() ? egress : new io.streamhub.domain.event.EgressInfo(egress.egressId(), egress.roomName(),
                egress.status(), java.util.Optional.of(spec.playlistPath()), egress.error());
    }

    @Override
    public boolean stopRecording(String egressId) {
        return found("StopEgress", c -> c.egress.stopEgress(egressId));
    }

    @Override
    public Optional<io.streamhub.domain.event.EgressInfo> findRecording(String egressId) {
        return unlessNotFound("ListEgress", c -> c.egress.listEgress(null, egressId)).stream().flatMap(List::stream)
                .filter(info -> info.getEgressId().equals(egressId)).findFirst().map(LiveKitMapper::egress);
    }

    /** The answer's body; any error answer, {@code not_found} included, throws. */
    private <T> T required(String method, Function<Clients, Call<T>> request) {
        Answer<T> answer = send(method, request);
        if (answer.error() != null) {
            throw answer.error().toException(method);
        }
        return answer.body();
    }

    /** True when the call succeeded, false for a {@code not_found} answer; other error answers throw. */
    private <T> boolean found(String method, Function<Clients, Call<T>> request) {
        return answer(method, request).isPresent();
    }

    /** The answer's body, empty for a {@code not_found} answer; other error answers throw. */
    private <T> Optional<T> unlessNotFound(String method, Function<Clients, Call<T>> request) {
        return answer(method, request).flatMap(answer -> Optional.ofNullable(answer.body()));
    }

    private <T> Optional<Answer<T>> answer(String method, Function<Clients, Call<T>> request) {
        Answer<T> answer = send(method, request);
        if (answer.error() == null) {
            return Optional.of(answer);
        }
        if (answer.error().notFound()) {
            return Optional.empty();
        }
        throw answer.error().toException(method);
    }

    private <T> Answer<T> send(String method, Function<Clients, Call<T>> request) {
        Call<T> call = request.apply(clients());
        try {
            Response<T> response = call.execute();
            if (response.isSuccessful()) {
                return new Answer<>(response.body(), null);
            }
            try (ResponseBody error = response.errorBody()) {
                return new Answer<>(null, TwirpError.parse(response.code(), error == null ? "" : error.string()));
            }
        } catch (InvalidProtocolBufferException e) {
            throw unreadable(method, e);
        } catch (RuntimeException e) {
            // retrofit's protobuf converter wraps a bad body: "despite extending IOException, this is data mismatch"
            if (e.getCause() instanceof InvalidProtocolBufferException bad) {
                throw unreadable(method, bad);
            }
            throw e;
        } catch (InterruptedIOException e) {
            // connect, read or whole-call timeout (or an interrupted request thread)
            throw new UnavailableException(TwirpError.UNAVAILABLE, "LiveKit at " + url + " did not answer " + method
                    + " in time: " + e.getMessage());
        } catch (IOException e) {
            throw new UnavailableException(TwirpError.UNAVAILABLE, "LiveKit at " + url + " is unreachable (" + method
                    + "): " + e.getMessage());
        }
    }

    private static UpstreamException unreadable(String method, InvalidProtocolBufferException e) {
        return new UpstreamException(TwirpError.ERROR, "LiveKit " + method + ": unreadable answer: " + e.getMessage());
    }

    private Clients clients() {
        Clients current = clients;
        if (current == null) {
            synchronized (this) {
                current = clients;
                if (current == null) {
                    current = createClients();
                    clients = current;
                }
            }
        }
        return current;
    }

    private Clients createClients() {
        if (url.isEmpty() || apiKey.isBlank() || apiSecret.isBlank()) {
            throw new UnavailableException(TwirpError.UNAVAILABLE,
                    "LiveKit is not configured: set streamhub.livekit.url, streamhub.livekit.api-key and streamhub.livekit.api-secret");
        }
        String host = apiUrl(url);
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.write())
                .callTimeout(timeouts.call())
                .build();
        try {
            return new Clients(RoomServiceClient.createClient(host, apiKey, apiSecret, () -> http),
                    IngressServiceClient.createClient(host, apiKey, apiSecret, () -> http),
                    io.livekit.server.EgressServiceClient.createClient(host, apiKey, apiSecret, () -> http));
        } catch (IllegalArgumentException e) {
            throw new UnavailableException(TwirpError.UNAVAILABLE, "LiveKit URL '" + url + "' is not usable: " + e.getMessage());
        }
    }

    /** LiveKit is configured with its client URL (ws/wss); its Twirp API lives at the same address over http(s). */
    static String apiUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ws://")) {
            return "http://" + url.substring(5);
        }
        if (lower.startsWith("wss://")) {
            return "https://" + url.substring(6);
        }
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return url;
        }
        throw new UnavailableException(TwirpError.UNAVAILABLE,
                "LiveKit URL '" + url + "' must start with ws://, wss://, http:// or https://");
    }

    private record Clients(RoomServiceClient rooms, IngressServiceClient ingress, io.livekit.server.EgressServiceClient egress) {
    }

    private record Answer<T>(T body, TwirpError error) {
    }
}
