package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound callbacks end to end: LiveKit webhook in, outbox, a real receiver on loopback out.
 * Retries are fast here (200 ms doubling to 400 ms, given up after 3 s) so a whole retry window fits in a test.
 */
@MicronautTest(transactional = false)
class CallbackApiTest extends ApiTestSupport {
    private String admin;
    private CallbackReceiver receiver;
    private int apps;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.callbacks.allow-private", "true", "streamhub.callbacks.retry-initial", "200ms",
                "streamhub.callbacks.retry-max", "400ms", "streamhub.callbacks.give-up-after", "3s",
                "streamhub.callbacks.timeout", "2s");
    }

    @BeforeAll
    void login() {
        admin = adminJwt();
    }

    @BeforeEach
    void receiver() {
        receiver = new CallbackReceiver().start();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    /** A fresh app with one endpoint taking {@code events}; returns {app, endpoint id, secret}. */
    private String[] appWithEndpoint(String events) {
        String app = "cb" + (++apps);
        createApp(admin, app);
        Map<String, Object> ep = call("POST", "/api/v1/apps/" + app + "/callbacks", admin,
                "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":" + events + "}").expect(201).data();
        return new String[] {app, (String) ep.get("id"), (String) ep.get("secret")};
    }

    private void publishTrack(String room, String identity) throws Exception {
        String body = LiveKitWebhookTest.body("track_published", room, identity);
        call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", LiveKitWebhookTest.sign(body, LIVEKIT_SECRET, 60_000)).expect(200);
    }

    private Map<String, Object> awaitDelivery(String app, String status) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<Map<String, Object>> dead = call("GET", "/api/v1/apps/" + app + "/callbacks/deliveries?status=" + status, admin, null)
                    .expect(200).list();
            if (!dead.isEmpty()) {
                return dead.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + status + " delivery in app " + app);
    }

    @Test
    void endpointsAreCreatedWithAGeneratedSecretShownOnceListedChangedAndDeleted() {
        String[] a = appWithEndpoint("[\"stream_started\"]");
        assertTrue(a[2].startsWith("whsec_"), a[2]);
        List<Map<String, Object>> listed = call("GET", "/api/v1/apps/" + a[0] + "/callbacks", admin, null).expect(200).list();
        assertEquals(1, listed.size());
        assertEquals(Boolean.TRUE, listed.get(0).get("secretSet"));
        assertNull(listed.get(0).get("secret"), "the secret is never shown again");
        assertEquals("api", listed.get(0).get("source"));

        Map<String, Object> changed = call("PATCH", "/api/v1/apps/" + a[0] + "/callbacks/" + a[1], admin,
                "{\"enabled\":false,\"events\":[]}").expect(200).data();
        assertEquals(Boolean.FALSE, changed.get("enabled"));
        assertEquals(List.of(), changed.get("events"));
        assertEquals("events", call("PATCH", "/api/v1/apps/" + a[0] + "/callbacks/" + a[1], admin, "{\"events\":[\"nope\"]}")
                .expect(400).error().get("field"));
        assertEquals("url", call("POST", "/api/v1/apps/" + a[0] + "/callbacks", admin, "{\"url\":\"ftp://x\"}").expect(400).error().get("field"));
        assertEquals("enabled", call("POST", "/api/v1/apps/" + a[0] + "/callbacks", admin,
                "{\"url\":\"https://x.example.com\",\"enabled\":\"yes\"}").expect(400).error().get("field"));

        call("DELETE", "/api/v1/apps/" + a[0] + "/callbacks/" + a[1], admin, null).expect(200);
        call("DELETE", "/api/v1/apps/" + a[0] + "/callbacks/" + a[1], admin, null).expect(404);
        assertEquals(List.of(), call("GET", "/api/v1/apps/" + a[0] + "/callbacks", admin, null).expect(200).list());
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdTryWithTheSameIdAndBothSignaturesVerify() throws Exception {
        String[] a = appWithEndpoint("[\"stream_started\"]");
        receiver.answer(503, 500);
        publishTrack(a[0] + "-show", "alice");

        List<CallbackReceiver.Received> got = receiver.awaitCount(3, 10_000);
        assertEquals(1, got.stream().map(r -> r.header("webhook-id")).distinct().count(), "same id on every attempt");
        assertEquals(1, got.stream().map(CallbackReceiver.Received::body).distinct().count());
        for (CallbackReceiver.Received r : got) {
            assertTrue(CallbackReceiver.verifies(r, a[2]), r.toString());
            assertFalse(CallbackReceiver.verifies(r, a[2] + "x"), "a wrong secret does not verify");
            assertEquals("stream_started", r.header("x-streamhub-event"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> envelope = json.readValue(got.get(0).body(), Map.class);
        assertEquals(got.get(0).header("webhook-id"), envelope.get("id"));
        assertEquals(a[0], envelope.get("app"));
        assertEquals(a[0] + "-show", envelope.get("room"));
        assertEquals(Map.of("streamId", a[0] + "-show/alice", "room", a[0] + "-show", "type", "webrtc", "participant", "alice"),
                envelope.get("data"));

        Map<String, Object> delivered = awaitDelivery(a[0], "delivered");
        assertEquals(3, ((Number) delivered.get("attempts")).intValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attempts = (List<Map<String, Object>>) delivered.get("attemptLog");
        assertEquals(List.of(503, 500, 200), attempts.stream().map(x -> ((Number) x.get("statusCode")).intValue()).toList());
    }

    @Test
    void aReceiverAnswering410IsNotRetriedAndTheDeadLetterIsVisible() throws Exception {
        String[] a = appWithEndpoint("[\"stream_started\"]");
        receiver.answer(410);
        publishTrack(a[0] + "-show", "bob");
        Map<String, Object> dead = awaitDelivery(a[0], "dead");
        assertEquals(410, ((Number) dead.get("lastStatus")).intValue());
        Thread.sleep(800);
        assertEquals(1, receiver.received().size(), "no retry after a 410");
    }

    @Test
    void aReceiverDownForTheWholeWindowLeavesADeadLetterThatReplaysSuccessfully() throws Exception {
        String[] a = appWithEndpoint("[\"stream_started\"]");
        receiver.stop();
        publishTrack(a[0] + "-show", "carol");
        Map<String, Object> dead = awaitDelivery(a[0], "dead");
        assertTrue(((Number) dead.get("attempts")).intValue() >= 3, dead.toString());
        assertTrue(((String) dead.get("lastError")).length() > 0);

        receiver.start();
        Map<String, Object> replay = call("POST", "/api/v1/apps/" + a[0] + "/callbacks/deliveries/" + dead.get("id") + "/redeliver",
                admin, null).expect(202).data();
        assertEquals("pending", replay.get("status"));
        CallbackReceiver.Received got = receiver.awaitCount(1, 5_000).get(0);
        assertEquals(dead.get("eventId"), got.header("webhook-id"));
        assertTrue(CallbackReceiver.verifies(got, a[2]));
        assertEquals("delivered", awaitDelivery(a[0], "delivered").get("status"));
        call("POST", "/api/v1/apps/" + a[0] + "/callbacks/deliveries/nope/redeliver", admin, null).expect(404);
    }

    @Test
    void aHangingReceiverDoesNotHoldTheLiveKitWebhookAnswer() throws Exception {
        String[] a = appWithEndpoint("[]");
        receiver.hang();
        publishTrack(a[0] + "-show", "dave");
        receiver.awaitCount(1, 5_000);
        publishTrack(a[0] + "-show", "erin");
        Map<String, Object> stream = call("GET", "/api/v1/apps/" + a[0] + "/streams/" + a[0] + "-show%2Ferin", admin, null).expect(200).data();
        assertEquals("active", stream.get("status"), "recorded before the answer, while the receiver hangs");
        assertEquals(1, receiver.received().size(), "one attempt in flight per endpoint");
        receiver.release();
        receiver.awaitCount(4, 10_000);
    }

    @Test
    void theAppConfigsCallbackUrlIsTheDefaultEndpointSignedWithItsSecret() throws Exception {
        String app = "cb" + (++apps);
        createApp(admin, app);
        call("PATCH", "/api/v1/apps/" + app + "/config", admin,
                "{\"callbacks\":{\"url\":\"" + receiver.url("/config-hook") + "\",\"secret\":\"config-secret\"}}").expect(200);
        List<Map<String, Object>> listed = call("GET", "/api/v1/apps/" + app + "/callbacks", admin, null).expect(200).list();
        assertEquals("config", listed.get(0).get("id"));
        assertEquals("config", listed.get(0).get("source"));
        call("DELETE", "/api/v1/apps/" + app + "/callbacks/config", admin, null).expect(409);

        publishTrack(app + "-show", "frank");
        List<CallbackReceiver.Received> got = receiver.awaitCount(2, 5_000);
        assertEquals(List.of("stream_started", "track_published"), got.stream().map(r -> r.header("x-streamhub-event")).toList(),
                "in the order they were recorded");
        assertTrue(got.stream().allMatch(r -> CallbackReceiver.verifies(r, "config-secret")));
    }
}
