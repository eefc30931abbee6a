package io.streamhub.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the recording journeys share (RecordingTest, VodReconciliationTest): fast upload retries and a 1 s
 * reconciliation pass, apps with a bucket and a callback endpoint on a loopback receiver, signed LiveKit webhooks,
 * and reading the recording events that receiver got.
 */
abstract class RecordingApiTestSupport extends ApiTestSupport {
    static final String METRICS_TOKEN = "recording-metrics-token";
    private static final String EVENTS = "[\"recording_started\",\"vod_ready\",\"recording_failed\"]";

    final CallbackReceiver receiver = new CallbackReceiver().start();
    String admin;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.callbacks.allow-private", "true", "streamhub.callbacks.retry-initial", "200ms",
                "streamhub.recording.upload-retry-initial", "200ms", "streamhub.recording.upload-retry-max", "400ms",
                "streamhub.recording.upload-fail-vod-after", "2", "streamhub.recording.reconcile-interval", "1s",
                "streamhub.metrics-token", METRICS_TOKEN);
    }

    @BeforeAll
    void signIn() {
        admin = adminJwt();
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    /** An app whose recordings go to {@code bucket} under {@code prefix} and whose recording events reach the receiver. */
    void storageApp(String name, String endpoint, String bucket, String prefix) {
        createApp(admin, name);
        call("PATCH", "/api/v1/apps/" + name + "/config", admin, "{\"storage\":{\"endpoint\":\"" + endpoint
                + "\",\"bucket\":\"" + bucket + "\",\"prefix\":\"" + prefix + "\",\"pathStyle\":true,\"accessKey\":\""
                + io.streamhub.application.testkit.S3TestServer.ACCESS_KEY + "\",\"secretKey\":\""
                + io.streamhub.application.testkit.S3TestServer.SECRET_KEY + "\"}}").expect(200);
        call("POST", "/api/v1/apps/" + name + "/callbacks", admin, "{\"url\":\"" + receiver.url("/" + name)
                + "\",\"events\":" + EVENTS + "}").expect(201);
    }

    void webhook(String body) throws Exception {
        call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", LiveKitWebhookTest.sign(body, LIVEKIT_SECRET, 60_000))
                .expect(200);
    }

    /** The data of every callback {@code event} {@code app} received so far. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events(String app, String event) throws Exception {
        List<Map<String, Object>> found = new ArrayList<>();
        for (CallbackReceiver.Received r : receiver.received()) {
            Map<String, Object> envelope = json.readValue(r.body(), Map.class);
            if (event.equals(envelope.get("event")) && app.equals(envelope.get("app"))) {
                found.add((Map<String, Object>) envelope.get("data"));
            }
        }
        return found;
    }

    /** Waits until {@code app} received {@code n} callbacks {@code event} and returns them. */
    List<Map<String, Object>> await(String app, String event, int n) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> found = events(app, event);
            if (found.size() >= n) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(n + " × " + event + " expected for " + app + "; got " + receiver.received());
    }

    /** The data of the first callback {@code event} sent to {@code app}, waiting for it. */
    Map<String, Object> await(String app, String event) throws Exception {
        return await(app, event, 1).get(0);
    }

    PrometheusText metrics() {
        return PrometheusText.parse(call("GET", "/metrics", METRICS_TOKEN, null).expect(200).raw().body());
    }
}
