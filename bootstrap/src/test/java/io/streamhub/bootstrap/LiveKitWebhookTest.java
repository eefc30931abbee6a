package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.protobuf.util.JsonFormat;
import io.livekit.server.AccessToken;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import livekit.LivekitModels;
import livekit.LivekitWebhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LiveKit webhooks: only correctly signed ones change state, and they do so after the answer. */
@MicronautTest(transactional = false)
class LiveKitWebhookTest extends ApiTestSupport {
    private String admin;

    @BeforeAll
    void app() {
        admin = adminJwt();
        createApp(admin, "hooked");
    }

    static String body(String event, String room, String identity) throws Exception {
        LivekitWebhook.WebhookEvent.Builder e = LivekitWebhook.WebhookEvent.newBuilder()
                .setEvent(event).setId("EV_" + System.nanoTime()).setCreatedAt(System.currentTimeMillis() / 1000)
                .setRoom(LivekitModels.Room.newBuilder().setName(room).setSid("RM_1"))
                .setParticipant(LivekitModels.ParticipantInfo.newBuilder().setIdentity(identity).setSid("PA_" + identity)
                        .addTracks(LivekitModels.TrackInfo.newBuilder().setSid("TR_1").setType(LivekitModels.TrackType.VIDEO)))
                .setTrack(LivekitModels.TrackInfo.newBuilder().setSid("TR_1").setType(LivekitModels.TrackType.VIDEO));
        return JsonFormat.printer().print(e);
    }

    static String sign(String body, String secret, long ttlMillis) throws Exception {
        AccessToken token = new AccessToken(LIVEKIT_KEY, secret);
        token.setTtl(ttlMillis);
        token.setSha256(Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8))));
        return token.toJwt();
    }

    private Reply post(String body, String authorization) {
        return authorization == null
                ? call("POST", "/api/v1/webhooks/livekit", null, body)
                : call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", authorization);
    }

    private Reply stream(String id) {
        return call("GET", "/api/v1/apps/hooked/streams/" + id.replace("/", "%2F"), admin, null);
    }

    private Map<String, Object> awaitStream(String id, String status) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Reply reply = stream(id);
            if (reply.status() == 200 && status.equals(reply.data().get("status"))) {
                return reply.data();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("stream " + id + " never became " + status + ": " + stream(id).raw().body());
    }

    @Test
    void aSignedTrackPublishedStartsAStreamAndParticipantLeftEndsIt() throws Exception {
        String published = body("track_published", "hooked-show", "alice");
        assertEquals(Boolean.TRUE, post(published, sign(published, LIVEKIT_SECRET, 60_000)).expect(200).data().get("received"));
        Map<String, Object> stream = awaitStream("hooked-show/alice", "active");
        assertEquals("webrtc", stream.get("type"));
        String left = body("participant_left", "hooked-show", "alice");
        post(left, "Bearer " + sign(left, LIVEKIT_SECRET, 60_000)).expect(200);
        awaitStream("hooked-show/alice", "ended");
    }

    @Test
    void unsignedWronglySignedTamperedAndExpiredWebhooksAre401AndChangeNothing() throws Exception {
        String published = body("track_published", "hooked-quiet", "mallory");
        assertEquals("unauthorized", post(published, null).expect(401).error().get("code"));
        post(published, sign(published, "another-secret-another-secret-0123", 60_000)).expect(401);
        String tampered = body("track_published", "hooked-quiet", "eve");
        post(tampered, sign(published, LIVEKIT_SECRET, 60_000)).expect(401);
        post(published, sign(published, LIVEKIT_SECRET, -60_000)).expect(401);
        post(published, "not-a-jwt").expect(401);
        Thread.sleep(300);
        stream("hooked-quiet/mallory").expect(404);
        stream("hooked-quiet/eve").expect(404);
    }

    @Test
    void eventsForRoomsOfNoAppAreAcknowledgedAndIgnored() throws Exception {
        String stray = body("track_published", "nobody-room", "x");
        post(stray, sign(stray, LIVEKIT_SECRET, 60_000)).expect(200);
    }
}
