package io.streamhub.adapter.livekit;

import static io.streamhub.adapter.livekit.LiveKitFixtures.API_KEY;
import static io.streamhub.adapter.livekit.LiveKitFixtures.API_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.livekit.server.AccessToken;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import livekit.LivekitEgress;
import livekit.LivekitIngress;
import livekit.LivekitModels;
import livekit.LivekitWebhook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks signed the way livekit-server signs them, with the SDK's AccessToken. */
class LiveKitEventVerifierTest {
    private final LiveKitEventVerifier verifier = new LiveKitEventVerifier(API_KEY, API_SECRET);
    private final LivekitModels.ParticipantInfo publisher =
            LiveKitFixtures.publisher("alice").setSid("PA_alice").setTracks(0, LiveKitFixtures.microphone("TR_mic")).build();
    private final String body = json(LiveKitFixtures.trackPublished("demo-live", publisher, publisher.getTracks(0)));

    @Test
    void signedTrackPublishedWebhookBecomesAnEvent() {
        MediaEvent event = verifier.verify(body, sign(body, API_KEY, API_SECRET, 300_000));

        assertEquals(MediaEvent.Kind.TRACK_PUBLISHED, event.kind());
        assertEquals(Optional.of("demo-live"), event.room());
        assertEquals(Instant.ofEpochSecond(1_795_000_000L), event.createdAt());
        ParticipantInfo participant = event.participant().orElseThrow();
        assertEquals("alice", participant.identity());
        assertEquals("PA_alice", participant.sid());
        assertEquals("active", participant.state());
        assertEquals(2, participant.tracks().size());
        assertEquals(Optional.of(new TrackInfo("TR_mic", TrackInfo.Kind.AUDIO, "microphone", "demo.ogg", false)), event.track());
        assertEquals(Optional.empty(), event.ingress());
        assertEquals(Optional.empty(), event.egressId());
    }

    @Test
    void bearerPrefixIsAcceptedToo() {
        assertEquals(MediaEvent.Kind.TRACK_PUBLISHED, verifier.verify(body, "Bearer " + sign(body, API_KEY, API_SECRET, 300_000)).kind());
    }

    @Test
    void ingressAndEgressEventsCarryTheirInfo() {
        String ingressBody = json(LivekitWebhook.WebhookEvent.newBuilder()
                .setEvent("ingress_started").setId("EV_1").setCreatedAt(1_795_000_100L)
                .setIngressInfo(LivekitIngress.IngressInfo.newBuilder().setIngressId("IN_1").setName("studio")
                        .setInputType(LivekitIngress.IngressInput.RTMP_INPUT).setRoomName("demo-live")
                        .setParticipantIdentity("enc").setStreamKey("key")
                        .setState(LivekitIngress.IngressState.newBuilder()
                                .setStatus(LivekitIngress.IngressState.Status.ENDPOINT_PUBLISHING)
                                .setStartedAt(1_795_000_050_123_456_789L)))
                .build());
        String egressBody = json(LivekitWebhook.WebhookEvent.newBuilder()
                .setEvent("egress_ended").setId("EV_2").setCreatedAt(1_795_000_200L)
                .setEgressInfo(LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_1").setRoomName("demo-live"))
                .build());

        MediaEvent ingress = verifier.verify(ingressBody, sign(ingressBody, API_KEY, API_SECRET, 60_000));
        MediaEvent egress = verifier.verify(egressBody, sign(egressBody, API_KEY, API_SECRET, 60_000));

        assertEquals(MediaEvent.Kind.INGRESS_STARTED, ingress.kind());
        assertEquals(Optional.empty(), ingress.room());
        assertEquals(Optional.of("demo-live"), ingress.roomName());
        var info = ingress.ingress().orElseThrow();
        assertEquals(InputType.RTMP, info.inputType());
        assertEquals("endpoint_publishing", info.status());
        assertEquals(Instant.ofEpochSecond(1_795_000_050L, 123_456_789), info.startedAt());
        assertEquals(MediaEvent.Kind.EGRESS_ENDED, egress.kind());
        assertEquals(Optional.of("EG_1"), egress.egressId());
    }

    @Test
    void unknownEventNamesAreOther() {
        String other = json(LivekitWebhook.WebhookEvent.newBuilder().setEvent("participant_connection_aborted").setId("EV_3").build());

        assertEquals(MediaEvent.Kind.OTHER, verifier.verify(other, sign(other, API_KEY, API_SECRET, 60_000)).kind());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer ", "not-a-jwt", "Bearer a.b.c", "Basic ZGV2a2V5OnNlY3JldA=="})
    void missingOrGarbageHeaderIsRejected(String authorization) {
        assertRejected(body, authorization);
    }

    @Test
    void tokenSignedWithAnotherSecretIsRejected() {
        assertRejected(body, sign(body, API_KEY, "another_secret_another_secret_another", 300_000));
    }

    @Test
    void tokenIssuedByAnotherKeyIsRejected() {
        assertRejected(body, sign(body, "otherkey", API_SECRET, 300_000));
    }

    @Test
    void tamperedBodyIsRejected() {
        assertRejected(body.replace("alice", "mallory"), sign(body, API_KEY, API_SECRET, 300_000));
    }

    @Test
    void expiredTokenIsRejected() {
        assertRejected(body, sign(body, API_KEY, API_SECRET, -60_000));
    }

    @Test
    void tokenWithoutExpiryIsRejected() {
        String claims = "{\"iss\":\"" + API_KEY + "\",\"sha256\":\"" + sha256(body) + "\"}";
        assertRejected(body, hs256(claims, API_SECRET));
    }

    @Test
    void signedButUnparsableBodyIsRejected() {
        String garbage = "{\"event\": 42, not json";
        assertRejected(garbage, sign(garbage, API_KEY, API_SECRET, 60_000));
    }

    @Test
    void withoutCredentialsWebhooksCannotBeVerified() {
        UnavailableException e = assertThrows(UnavailableException.class,
                () -> new LiveKitEventVerifier("", "").verify(body, sign(body, API_KEY, API_SECRET, 60_000)));
        assertEquals("livekit_unavailable", e.code());
    }

    private void assertRejected(String body, String authorization) {
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class, () -> verifier.verify(body, authorization));
        assertEquals("invalid LiveKit webhook signature", e.getMessage());
        assertEquals("unauthorized", e.code());
    }

    /** What livekit-server does: a token issued by the key, carrying the body's SHA-256, valid for ttl ms. */
    private static String sign(String body, String key, String secret, long ttlMillis) {
        AccessToken token = new AccessToken(key, secret);
        token.setSha256(sha256(body));
        token.setTtl(ttlMillis);
        return token.toJwt();
    }

    private static String sha256(String body) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hs256(String claims, String secret) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String unsigned = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return unsigned + "." + b64.encodeToString(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(LivekitWebhook.WebhookEvent event) {
        try {
            return JsonFormat.printer().print(event);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }
}
