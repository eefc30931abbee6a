package io.streamhub.domain.stream;

import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.room.ParticipantInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that keep an app's streams in step with the media server.
 * <ul>
 *   <li>a participant becomes a stream when it publishes a track; one that only joins is a viewer;</li>
 *   <li>an ingress is a stream from the moment it starts, typed by its input (rtmp, whip, url → rtsp);</li>
 *   <li>a stream ends when its track is unpublished, its participant leaves, or its ingress ends;</li>
 *   <li>hidden participants never make streams;</li>
 *   <li>an ingress stream is never downgraded to webrtc by its participant's track events;</li>
 *   <li>reconciliation against the live state adds publishers that were missed and ends streams whose
 *       participant no longer publishes, but only streams older than a grace period (events in flight
 *       must not be undone).</li>
 * </ul>
 */
public final class StreamLedger {
    public static final Duration GRACE = Duration.ofSeconds(15);

    /** The stream row to write for an event, if the event changes one. */
    public Optional<Stream> apply(MediaEvent event, Optional<Stream> current, Instant now) {
        return switch (event.kind()) {
            case TRACK_PUBLISHED -> event.participant().filter(p -> !p.hidden()).flatMap(p -> event.room()
                    .map(room -> publish(current, p.ingress() ? StreamType.RTMP : StreamType.WEBRTC, room, p.identity(), now)));
            case TRACK_UNPUBLISHED, PARTICIPANT_LEFT -> event.participant().filter(p -> !p.hidden())
                    .flatMap(p -> current.filter(Stream::active).map(s -> s.ended(now)));
            case INGRESS_STARTED -> event.ingress().filter(i -> i.participantIdentity() != null && !i.participantIdentity().isEmpty())
                    .map(i -> publish(current, StreamType.of(i.inputType()), i.room(), i.participantIdentity(), now));
            case INGRESS_ENDED -> current.filter(Stream::active).map(s -> s.ended(now));
            default -> Optional.empty();
        };
    }

    /** The stream id an event is about, if any. */
    public Optional<String> streamIdOf(MediaEvent event) {
        return switch (event.kind()) {
            case TRACK_PUBLISHED, TRACK_UNPUBLISHED, PARTICIPANT_LEFT -> event.room()
                    .flatMap(room -> event.participant().map(p -> Stream.idOf(room, p.identity())));
            case INGRESS_STARTED, INGRESS_ENDED -> event.ingress().map(i -> Stream.idOf(i.room(), i.participantIdentity()));
            default -> Optional.empty();
        };
    }

    private static Stream publish(Optional<Stream> current, StreamType type, String room, String identity, Instant now) {
        if (current.isPresent() && current.get().active()) {
            return current.get();
        }
        StreamType kept = current.map(Stream::type).filter(t -> t != StreamType.WEBRTC && type == StreamType.WEBRTC).orElse(type);
        return Stream.started(kept, room, identity, now);
    }

    /**
     * The writes that bring {@code active} streams in line with what is live.
     *
     * @param live participants per room of this app, as the media server lists them now
     */
    public List<Stream> reconcile(List<Stream> active, Map<String, List<ParticipantInfo>> live, Instant now) {
        Map<String, Stream> byId = new HashMap<>();
        active.forEach(s -> byId.put(s.streamId(), s));
        List<Stream> writes = new ArrayList<>();
        live.forEach((room, participants) -> {
            for (ParticipantInfo p : participants) {
                String id = Stream.idOf(room, p.identity());
                if (p.publishing() && !p.hidden() && !byId.containsKey(id)) {
                    writes.add(Stream.started(p.ingress() ? StreamType.RTMP : StreamType.WEBRTC, room, p.identity(), now));
                }
            }
        });
        for (Stream stream : active) {
            if (stream.startedAt().plus(GRACE).isAfter(now) || stream.type() == StreamType.WS_MJPEG) {
                continue;
            }
            boolean stillPublishing = live.getOrDefault(stream.room(), List.of()).stream()
                    .anyMatch(p -> p.identity().equals(stream.participant()) && p.publishing());
            if (!stillPublishing) {
                writes.add(stream.ended(now));
            }
        }
        return writes;
    }

    /** Viewers of a room: participants that neither publish nor are hidden. */
    public static int viewers(List<ParticipantInfo> participants) {
        return (int) participants.stream().filter(ParticipantInfo::viewer).count();
    }
}
