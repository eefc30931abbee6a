package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.RecordingMetrics;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.room.RoomSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeteredPortsTest {
    private final RecordingMetrics metrics = new RecordingMetrics();

    @Test
    void everyGatewayCallIsCountedByOperationAndResultAndStillAnswersOrThrowsAsBefore() {
        FakeMediaServer media = new FakeMediaServer();
        MediaServerGateway metered = new MeteredMediaServerGateway(media, metrics);

        metered.createRoom(new RoomSpec("live-a", 300, 0, null, Optional.empty()));
        assertEquals(1, metered.listRooms(List.of()).size());
        assertEquals(false, metered.deleteRoom("live-none"));
        media.down = true;
        assertThrows(UnavailableException.class, () -> metered.listParticipants("live-a"));

        assertEquals(List.of("media createRoom ok", "media listRooms ok", "media deleteRoom ok",
                "media listParticipants unavailable"), metrics.events);
    }

    @Test
    void anUpstreamErrorIsCountedAsErrorWithItsLatency() {
        List<Duration> elapsed = new ArrayList<>();
        ControlPlaneMetrics timing = new RecordingMetrics() {
            @Override
            public void mediaServerCall(String op, CallResult result, Duration took) {
                super.mediaServerCall(op, result, took);
                events.add(op + "=" + result);
                elapsed.add(took);
            }
        };
        FakeMediaServer failing = new FakeMediaServer() {
            @Override
            public boolean removeParticipant(String room, String identity) {
                throw new UpstreamException("livekit_error", "boom");
            }
        };
        assertThrows(UpstreamException.class, () -> new MeteredMediaServerGateway(failing, timing).removeParticipant("r", "p"));
        assertEquals(List.of("media removeParticipant error", "removeParticipant=ERROR"), ((RecordingMetrics) timing).events);
        assertEquals(false, elapsed.get(0).isNegative());
    }

    @Test
    void webhooksAreCountedByEventWhenSignedAndAsUnknownWhenNot() {
        MediaEvent joined = new MediaEvent("EV_1", MediaEvent.Kind.PARTICIPANT_JOINED, Optional.of("live-a"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);
        new MeteredMediaEventVerifier((body, auth) -> joined, metrics).verify("{}", "sig");
        assertThrows(UnauthenticatedException.class, () -> new MeteredMediaEventVerifier((body, auth) -> {
            throw new UnauthenticatedException("invalid LiveKit webhook signature");
        }, metrics).verify("{\"event\":\"room_started\"}", null));

        assertEquals(List.of("webhook participant_joined valid", "webhook unknown invalid"), metrics.events);
    }
}
