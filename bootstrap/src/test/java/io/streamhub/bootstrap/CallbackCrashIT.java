package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outbox survives a crash: events recorded while the receiver hangs, the core killed with
 * SIGKILL with one attempt in flight, then restarted: every event arrives, and an event that
 * arrives twice carries the same id and the same signed body.
 */
class CallbackCrashIT {
    private static final int PUBLISHERS = 15;
    private final JsonMapper json = JsonMapper.createDefault();

    private static Map<String, String> env() {
        return Map.of("ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "crash-test-secret-crash-test-secret-0123", "LIVEKIT_API_KEY", ApiTestSupport.LIVEKIT_KEY,
                "LIVEKIT_API_SECRET", ApiTestSupport.LIVEKIT_SECRET, "STREAMHUB_CALLBACKS_ALLOW_PRIVATE", "true",
                "STREAMHUB_CALLBACKS_RETRY_INITIAL", "500ms", "STREAMHUB_CALLBACKS_TIMEOUT", "30s");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(HttpResponse<String> response) throws Exception {
        return (Map<String, Object>) json.readValue(response.body(), Map.class).get("data");
    }

    @Test
    void everyEventRecordedBeforeASigkillIsDeliveredAfterTheRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("streamhub-crash");
        Map<String, String> env = new HashMap<>(env());
        env.put("PORT", Integer.toString(CoreProcess.freePort()));
        try (CallbackReceiver receiver = new CallbackReceiver().start()) {
            receiver.hang();
            String secret;
            CoreProcess first = CoreProcess.start(env, dataDir);
            try {
                first.awaitHealthy();
                String jwt = (String) data(first.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}"))
                        .get("token");
                assertEquals(201, first.post("/api/v1/apps", jwt, "{\"name\":\"crash\"}").statusCode());
                HttpResponse<String> endpoint = first.post("/api/v1/apps/crash/callbacks", jwt,
                        "{\"url\":\"" + receiver.url("/hook") + "\",\"events\":[\"stream_started\",\"track_published\"]}");
                assertEquals(201, endpoint.statusCode(), endpoint.body());
                secret = (String) data(endpoint).get("secret");
                for (int i = 0; i < PUBLISHERS; i++) {
                    String body = LiveKitWebhookTest.body("track_published", "crash-show", "p" + i);
                    HttpResponse<String> ack = first.send(HttpRequest.newBuilder(java.net.URI.create(
                                    "http://127.0.0.1:" + first.port + "/api/v1/webhooks/livekit"))
                            .header("Authorization", LiveKitWebhookTest.sign(body, ApiTestSupport.LIVEKIT_SECRET, 60_000)).header("Content-Type", "application/webhook+json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
                    assertEquals(200, ack.statusCode(), ack.body());
                }
                receiver.awaitCount(1, 10_000);
            } finally {
                first.process.destroyForcibly().waitFor();
            }
            assertEquals(1, receiver.received().size(), "one attempt was in flight when the core died");
            receiver.release();

            try (CoreProcess second = CoreProcess.start(env, dataDir)) {
                second.awaitHealthy();
                List<CallbackReceiver.Received> got = receiver.awaitCount(2 * PUBLISHERS + 1, 30_000);
                Map<String, Set<String>> bodiesById = got.stream().collect(Collectors.groupingBy(r -> r.header("webhook-id"),
                        Collectors.mapping(CallbackReceiver.Received::body, Collectors.toSet())));
                assertEquals(2 * PUBLISHERS, bodiesById.size(), "every event, none lost");
                assertTrue(bodiesById.values().stream().allMatch(b -> b.size() == 1), "a duplicate is the same event");
                assertTrue(got.stream().allMatch(r -> CallbackReceiver.verifies(r, secret)));
                Set<String> started = got.stream().filter(r -> "stream_started".equals(r.header("x-streamhub-event")))
                        .map(r -> r.body().replaceAll(".*\"streamId\":\"([^\"]+)\".*", "$1")).collect(Collectors.toSet());
                assertEquals(PUBLISHERS, started.size());
                Thread.sleep(500);
                assertEquals(2 * PUBLISHERS + 1, receiver.received().size(), "nothing more: exactly one duplicate, the one in flight");
            }
        } finally {
            CoreProcess.deleteTree(dataDir);
        }
    }
}
