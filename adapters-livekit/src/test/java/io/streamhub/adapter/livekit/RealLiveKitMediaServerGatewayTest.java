package io.streamhub.adapter.livekit;

import static io.streamhub.adapter.livekit.LiveKitFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The gateway contract against a real livekit-server v1.13.5 as {@code scripts/livekit.sh start}
 * runs it for development (single node, no Redis), with webhooks sent to a local sink. Without
 * Redis LiveKit has no ingress service: its refusal is checked here, the ingress contract runs in
 * {@link RealLiveKitIngressGatewayTest}.
 */
class RealLiveKitMediaServerGatewayTest extends MediaServerGatewayContract {
    private static WebhookSink webhooks;
    private static LiveKitServerProcess server;
    private static LiveKitMediaServerGateway gateway;

    @BeforeAll
    static void startLiveKit() {
        webhooks = WebhookSink.start();
        server = LiveKitServerProcess.start(webhooks.url(), null);
        gateway = new LiveKitMediaServerGateway(server.wsUrl(), LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);
    }

    @AfterAll
    static void stopLiveKit() {
        if (server != null) {
            server.close();
        }
        if (webhooks != null) {
            webhooks.close();
        }
    }

    @Override
    protected MediaServerGateway gateway() {
        return gateway;
    }

    @Override
    protected void publisherJoins(String room, String identity) {
        server.publish(room, identity);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ParticipantInfo> joined = gateway.participant(room, identity);
            if (joined.isPresent() && joined.get().state().equals("active") && joined.get().tracks().size() == 2) {
                return;
            }
            sleep(100);
        }
        throw new AssertionError(identity + " did not publish two tracks into " + room + " within 20 s; see lk-" + identity
                + ".log beside " + server.log());
    }

    @Test
    void withoutRedisIngressIsUnavailableAtOnce() {
        IngressSpec spec = new IngressSpec(InputType.RTMP, "studio", unique("room"), unique("enc"), null, null, true);

        UnavailableException create = fastFailure(UnavailableException.class, () -> gateway.createIngress(spec));
        UnavailableException list = fastFailure(UnavailableException.class, () -> gateway.listIngress(Optional.empty()));
        // DeleteIngress without Redis panics inside livekit-server v1.13.5: 500 "internal" "Internal service panic"
        UpstreamException delete = fastFailure(UpstreamException.class, () -> gateway.deleteIngress("IN_unknown"));

        assertEquals("livekit_unavailable", create.code());
        assertTrue(create.getMessage().startsWith("LiveKit CreateIngress: internal twirp error unknown: ingress not connected (redis required)"),
                create.getMessage());
        assertTrue(list.getMessage().startsWith("LiveKit ListIngress: internal"), list.getMessage());
        assertEquals("LiveKit DeleteIngress: internal Internal service panic", delete.getMessage());
    }

    /** LiveKit signs its webhooks with a bare JWT; they verify with the same key and secret and map to events. */
    @Test
    void webhooksOfTheRealServerVerify() throws InterruptedException {
        String room = unique("room");
        gateway.createRoom(new RoomSpec(room, 0, 0, null, Optional.empty()));
        String identity = unique("pub");
        publisherJoins(room, identity);
        LiveKitEventVerifier verifier = new LiveKitEventVerifier(LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);

        WebhookSink.Delivery delivery = webhooks.await(d -> d.body().contains("track_published") && d.body().contains(identity),
                        Duration.ofSeconds(15))
                .orElseThrow(() -> new AssertionError("no track_published webhook for " + identity + " in " + webhooks.deliveries()));
        MediaEvent event = verifier.verify(delivery.body(), delivery.authorization());

        assertFalse(delivery.authorization().startsWith("Bearer "), "LiveKit sends the bare JWT");
        assertEquals("application/webhook+json", delivery.contentType());
        assertEquals(MediaEvent.Kind.TRACK_PUBLISHED, event.kind());
        assertEquals(Optional.of(room), event.roomName());
        assertEquals(Optional.of(identity), event.participant().map(ParticipantInfo::identity));
        TrackInfo track = event.track().orElseThrow();
        assertTrue(track.sid().startsWith("TR_"), track.sid());
        assertTrue(track.kind() == TrackInfo.Kind.AUDIO || track.kind() == TrackInfo.Kind.VIDEO, track.toString());
        assertFalse(event.id().isBlank());
        assertTrue(Duration.between(event.createdAt(), java.time.Instant.now()).abs().toSeconds() < 60, event.createdAt().toString());
        assertThrows(io.streamhub.domain.error.UnauthenticatedException.class,
                () -> verifier.verify(delivery.body().replace(identity, "someone-else"), delivery.authorization()));
        WebhookSink.Delivery started = webhooks.await(d -> d.body().contains("room_started") && d.body().contains(room), Duration.ofSeconds(5))
                .orElseThrow(() -> new AssertionError("no room_started webhook for " + room));
        assertEquals(MediaEvent.Kind.ROOM_STARTED, verifier.verify(started.body(), started.authorization()).kind());
    }

    private static <T extends DomainException> T fastFailure(Class<T> type, Executable call) {
        long start = System.nanoTime();
        T failure = assertThrows(type, call);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took + "; a refusal must not wait for a timeout");
        return failure;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
