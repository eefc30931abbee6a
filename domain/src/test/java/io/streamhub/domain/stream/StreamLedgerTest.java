package io.streamhub.domain.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StreamLedgerTest {
    private final StreamLedger ledger = new StreamLedger();
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final TrackInfo video = new TrackInfo("TR_1", TrackInfo.Kind.VIDEO, "camera", "cam", false);

    private ParticipantInfo participant(String identity, boolean ingress, boolean hidden, List<TrackInfo> tracks) {
        return new ParticipantInfo("PA_" + identity, identity, identity, "ACTIVE", ingress, hidden, tracks, now);
    }

    private MediaEvent event(MediaEvent.Kind kind, ParticipantInfo p) {
        return new MediaEvent("EV", kind, Optional.of("live-show"), Optional.ofNullable(p), Optional.of(video),
                Optional.empty(), Optional.empty(), now);
    }

    private MediaEvent ingressEvent(MediaEvent.Kind kind, InputType type) {
        IngressInfo info = new IngressInfo("IN_1", "cam", type, "rtmp://h/x", "key", "live-show", "ingress-live", "Cam", "publishing", now);
        return new MediaEvent("EV", kind, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(info), Optional.empty(), now);
    }

    @Nested
    class Events {
        @Test
        void aPublishedTrackStartsAWebrtcStream() {
            Stream s = ledger.apply(event(MediaEvent.Kind.TRACK_PUBLISHED, participant("alice", false, false, List.of(video))),
                    Optional.empty(), now).orElseThrow();
            assertEquals("live-show/alice", s.streamId());
            assertEquals(StreamType.WEBRTC, s.type());
            assertTrue(s.active());
        }

        @Test
        void joiningWithoutPublishingIsNoStream() {
            assertEquals(Optional.empty(), ledger.apply(event(MediaEvent.Kind.PARTICIPANT_JOINED,
                    participant("bob", false, false, List.of())), Optional.empty(), now));
        }

        @Test
        void hiddenParticipantsNeverMakeStreams() {
            assertEquals(Optional.empty(), ledger.apply(event(MediaEvent.Kind.TRACK_PUBLISHED,
                    participant("qc", false, true, List.of(video))), Optional.empty(), now));
        }

        @Test
        void unpublishingOrLeavingEndsTheStream() {
            Stream active = Stream.started(StreamType.WEBRTC, "live-show", "alice", now.minusSeconds(60));
            ParticipantInfo alice = participant("alice", false, false, List.of());
            for (MediaEvent.Kind kind : List.of(MediaEvent.Kind.TRACK_UNPUBLISHED, MediaEvent.Kind.PARTICIPANT_LEFT)) {
                Stream ended = ledger.apply(event(kind, alice), Optional.of(active), now).orElseThrow();
                assertFalse(ended.active());
                assertEquals(Optional.of(now), ended.endedAt());
            }
        }

        @Test
        void ingressStreamsAreTypedByInputAndNeverDowngraded() {
            Stream whip = ledger.apply(ingressEvent(MediaEvent.Kind.INGRESS_STARTED, InputType.WHIP), Optional.empty(), now).orElseThrow();
            assertEquals(StreamType.WHIP, whip.type());
            assertEquals("live-show/ingress-live", whip.streamId());
            Stream url = ledger.apply(ingressEvent(MediaEvent.Kind.INGRESS_STARTED, InputType.URL), Optional.empty(), now).orElseThrow();
            assertEquals(StreamType.RTSP, url.type());
            Stream ended = whip.ended(now);
            Stream again = ledger.apply(event(MediaEvent.Kind.TRACK_PUBLISHED,
                    participant("ingress-live", false, false, List.of(video))), Optional.of(ended), now).orElseThrow();
            assertEquals(StreamType.WHIP, again.type());
            assertFalse(ledger.apply(ingressEvent(MediaEvent.Kind.INGRESS_ENDED, InputType.WHIP), Optional.of(whip), now)
                    .orElseThrow().active());
        }

        @Test
        void eventsNameTheirStream() {
            assertEquals(Optional.of("live-show/alice"), ledger.streamIdOf(event(MediaEvent.Kind.TRACK_PUBLISHED,
                    participant("alice", false, false, List.of(video)))));
            assertEquals(Optional.of("live-show/ingress-live"), ledger.streamIdOf(ingressEvent(MediaEvent.Kind.INGRESS_ENDED, InputType.RTMP)));
            assertEquals(Optional.empty(), ledger.streamIdOf(event(MediaEvent.Kind.ROOM_STARTED, null)));
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void addsPublishersThatWereMissed() {
            List<Stream> writes = ledger.reconcile(List.of(), Map.of("live-show",
                    List.of(participant("alice", false, false, List.of(video)), participant("viewer", false, false, List.of()))), now);
            assertEquals(1, writes.size());
            assertEquals("live-show/alice", writes.get(0).streamId());
        }

        @Test
        void endsStreamsWhoseParticipantStoppedOnlyAfterTheGracePeriod() {
            Stream old = Stream.started(StreamType.WEBRTC, "live-show", "alice", now.minus(Duration.ofMinutes(1)));
            Stream fresh = Stream.started(StreamType.WEBRTC, "live-show", "bob", now.minusSeconds(5));
            List<Stream> writes = ledger.reconcile(List.of(old, fresh), Map.of(), now);
            assertEquals(List.of(old.ended(now)), writes);
        }

        @Test
        void keepsStreamsStillPublishing() {
            Stream old = Stream.started(StreamType.WEBRTC, "live-show", "alice", now.minus(Duration.ofMinutes(1)));
            assertEquals(List.of(), ledger.reconcile(List.of(old),
                    Map.of("live-show", List.of(participant("alice", false, false, List.of(video)))), now));
        }

        @Test
        void countsViewersAsNeitherPublishingNorHidden() {
            assertEquals(1, StreamLedger.viewers(List.of(participant("pub", false, false, List.of(video)),
                    participant("v", false, false, List.of()), participant("qc", false, true, List.of()))));
        }
    }
}
