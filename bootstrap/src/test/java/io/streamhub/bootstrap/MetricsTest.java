package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus at /metrics with METRICS_TOKEN set: the token gate, the headers, and every StreamHub metric after a session. */
@MicronautTest(transactional = false)
class MetricsTest extends ApiTestSupport {
    static final String METRICS_TOKEN = "mtk_metrics_token_for_tests_0123456";

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.metrics-token", METRICS_TOKEN, "streamhub.callbacks.allow-private", "true",
                "streamhub.callbacks.retry-initial", "100ms");
    }

    private Reply scrape(String bearer, String query) {
        return call("GET", "/metrics" + (query == null ? "" : "?token=" + query), bearer, null);
    }

    @Test
    void withoutTheRightTokenTheAnswerIs403InTheApiShape() {
        String global = globalToken(adminJwt(), null);
        for (Reply reply : List.of(scrape(null, null), scrape("wrong", null), scrape(null, "wrong"),
                scrape(METRICS_TOKEN + "x", null), scrape(METRICS_TOKEN.substring(1), null), scrape(null, ""),
                scrape(global, null), scrape(adminJwt(), null))) {
            assertEquals(403, reply.status(), reply.raw().body());
            assertEquals("forbidden", reply.error().get("code"));
            assertEquals(null, reply.body().get("data"));
        }
    }

    @Test
    void theTokenOpensItAsBearerOrQueryWithTheExpositionContentTypeAndNoCaching() {
        for (Reply reply : List.of(scrape(METRICS_TOKEN, null), scrape(null, METRICS_TOKEN))) {
            assertEquals(200, reply.status(), reply.raw().body());
            assertEquals("text/plain; version=0.0.4; charset=utf-8", reply.raw().headers().firstValue("Content-Type").orElse(""));
            assertEquals("no-cache, no-store, must-revalidate", reply.raw().headers().firstValue("Cache-Control").orElse(""));
            PrometheusText.parse(reply.raw().body());
        }
    }

    @Test
    void aScriptedSessionShowsInEveryStreamHubMetricWithItsLabels() throws Exception {
        String admin = adminJwt();
        String acme = createTenant(admin, "Acme Metrics");
        String owner = memberJwt(admin, acme, "owner@metrics.test", "owner");
        createApp(owner, "acme-one");
        createApp(owner, "acme-two");
        assertEquals("maxApps", call("POST", "/api/v1/apps", owner, "{\"name\":\"acme-three\"}").expect(429).error().get("quota"));
        createApp(admin, "solo");
        call("GET", "/api/v1/apps/solo", admin, null).expect(200);
        call("GET", "/api/v1/apps/acme-one", admin, null).expect(200);
        call("GET", "/api/v1/nowhere/" + System.nanoTime(), admin, null).expect(404);
        call("POST", "/api/v1/apps/solo/tokens", admin, "{\"room\":\"show\"}").expect(201);

        CallbackReceiver receiver = new CallbackReceiver().start().answer(503);
        call("POST", "/api/v1/apps/solo/callbacks", admin, "{\"url\":\"" + receiver.url("/in") + "\",\"events\":[\"stream_started\"]}")
                .expect(201);
        String published = LiveKitWebhookTest.body("track_published", "solo-show", "alice");
        call("POST", "/api/v1/webhooks/livekit", null, published,
                "Authorization", LiveKitWebhookTest.sign(published, LIVEKIT_SECRET, 60_000)).expect(200);
        call("POST", "/api/v1/webhooks/livekit", null, published).expect(401);
        awaitActiveStream("solo", "solo-show/alice");
        receiver.awaitCount(2, 10_000);
        for (int i = 0; i < 100 && call("GET", "/api/v1/apps/solo/callbacks/deliveries?status=delivered", admin, null).list().isEmpty(); i++) {
            Thread.sleep(50);
        }
        receiver.close();

        String node = (String) call("POST", "/api/v1/cluster/join", null, "{\"name\":\"edge-m\",\"ip\":\"127.0.0.3\"}",
                "X-Cluster-Token", CLUSTER_TOKEN).expect(201).data().get("nodeId");
        // before its first heartbeat the node has no LiveKit id: placement rejects the room
        assertEquals("no_capacity", call("POST", "/api/v1/apps/solo/rooms", admin, "{\"name\":\"r0\"}").expect(503).error().get("code"));
        call("POST", "/api/v1/cluster/heartbeat", null, "{\"nodeId\":\"" + node + "\",\"stats\":{\"livekitNodeId\":\"ND_metrics1\",\"cpu\":0.1}}",
                "X-Cluster-Token", CLUSTER_TOKEN).expect(200);
        // now placed on the node, then LiveKit (nothing listens on its port here) refuses the creation
        call("POST", "/api/v1/apps/solo/rooms", admin, "{\"name\":\"r1\"}").expect(503);

        Reply reply = scrape(METRICS_TOKEN, null).expect(200);
        PrometheusText metrics = PrometheusText.parse(reply.raw().body());

        assertEquals("gauge", metrics.family("streamhub_apps").type());
        assertEquals(2.0, metrics.value("streamhub_apps", "tenant", "platform"), "the first-boot app and solo");
        assertEquals(2.0, metrics.value("streamhub_apps", "tenant", acme));

        assertEquals("gauge", metrics.family("streamhub_active_streams").type());
        assertEquals(1.0, metrics.value("streamhub_active_streams", "app", "solo"));
        assertEquals(0.0, metrics.value("streamhub_active_streams", "app", "acme-one"));

        assertEquals("counter", metrics.family("streamhub_livekit_webhooks_total").type());
        assertEquals(1.0, metrics.value("streamhub_livekit_webhooks_total", "event", "track_published", "result", "valid"));
        assertEquals(1.0, metrics.value("streamhub_livekit_webhooks_total", "event", "unknown", "result", "invalid"));

        assertEquals(1.0, metrics.value("streamhub_cluster_nodes", "status", "active"));
        for (String status : List.of("draining", "disabled", "stale")) {
            assertEquals(0.0, metrics.value("streamhub_cluster_nodes", "status", status), status);
        }
        double age = metrics.value("streamhub_cluster_node_heartbeat_age_seconds", "node", node);
        assertTrue(age >= 0 && age < 60, "age " + age);

        assertEquals("counter", metrics.family("streamhub_placement_decisions_total").type());
        assertEquals(1.0, metrics.value("streamhub_placement_decisions_total", "result", "placed"));
        assertEquals(1.0, metrics.value("streamhub_placement_decisions_total", "result", "rejected"));
        assertEquals(1.0, metrics.value("streamhub_quota_rejections_total", "quota", "maxApps"));

        assertEquals("histogram", metrics.family("streamhub_livekit_request_duration_seconds").type());
        assertEquals(1.0, metrics.value("streamhub_livekit_request_duration_seconds_count", "op", "createRoom", "result", "unavailable"));
        assertEquals(1.0, metrics.value("streamhub_livekit_request_duration_seconds_bucket",
                "op", "createRoom", "result", "unavailable", "le", "+Inf"));

        assertEquals("counter", metrics.family("streamhub_http_requests_total").type());
        assertEquals(2.0, metrics.value("streamhub_http_requests_total", "method", "GET", "route", "/api/v1/apps/{name}", "status", "200"));
        assertEquals(1.0, metrics.value("streamhub_http_requests_total", "method", "POST", "route", "/api/v1/apps", "status", "429"));
        assertEquals(1.0, metrics.value("streamhub_http_requests_total", "method", "GET", "route", "unmatched", "status", "404"));
        assertEquals(1.0, metrics.value("streamhub_http_requests_total",
                "method", "POST", "route", "/api/v1/webhooks/livekit", "status", "401"));
        assertEquals(2.0, metrics.value("streamhub_http_requests_total",
                "method", "POST", "route", "/api/v1/apps/{app}/rooms", "status", "503"));
        assertEquals(2.0, metrics.value("streamhub_http_request_duration_seconds_count",
                "method", "GET", "route", "/api/v1/apps/{name}", "status", "200"));
        assertEquals(1.0, metrics.value("streamhub_http_requests_in_flight"), "the scrape itself");

        assertEquals(1.0, metrics.value("streamhub_callbacks_total", "app", "solo", "event", "stream_started", "result", "failed"));
        assertEquals(1.0, metrics.value("streamhub_callbacks_total", "app", "solo", "event", "stream_started", "result", "delivered"));
        assertEquals(1.0, metrics.value("streamhub_callbacks_total", "app", "solo", "event", "track_published", "result", "dropped"));
        assertEquals(1.0, metrics.value("streamhub_callbacks_delivery_latency_seconds_count", "app", "solo"));
        assertEquals(0.0, metrics.value("streamhub_callbacks_pending", "app", "solo"));
        assertEquals(0.0, metrics.value("streamhub_callbacks_oldest_pending_age_seconds", "app", "acme-one"));
        for (PrometheusText.Sample sample : metrics.samples("streamhub_http_requests_total")) {
            String route = sample.labels().get("route");
            assertTrue(route.equals("unmatched") || route.startsWith("/"), route);
            assertTrue(!route.contains("solo") && !route.contains("nowhere") && !route.contains("acme"), "a raw path leaked: " + route);
        }
        theDashboardAndTheDocsNameOnlyMetricsThatExist(metrics);
    }

    /** The Grafana dashboard queries only series the scrape has, and the docs describe every StreamHub family. */
    private static void theDashboardAndTheDocsNameOnlyMetricsThatExist(PrometheusText metrics) throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        String dashboard = Files.readString(root.resolve("deploy/grafana/streamhub-dashboard.json"));
        Matcher used = Pattern.compile("streamhub_[a-z_]+").matcher(dashboard);
        int count = 0;
        while (used.find()) {
            count++;
            assertTrue(!metrics.samples(used.group()).isEmpty(), "the dashboard queries " + used.group() + ", which is not exported");
        }
        assertTrue(count > 10, "the dashboard uses the StreamHub metrics");
        String docs = Files.readString(root.resolve("docs/observability.md"));
        for (String family : metrics.familyNames()) {
            if (family.startsWith("streamhub_")) {
                assertTrue(docs.contains("`" + family.replaceFirst("_max$", "") + "`"), family + " is not described in docs/observability.md");
            }
        }
    }

    private void awaitActiveStream(String app, String id) throws InterruptedException {
        String admin = adminJwt();
        for (int i = 0; i < 100; i++) {
            Reply reply = call("GET", "/api/v1/apps/" + app + "/streams/" + id.replace("/", "%2F"), admin, null);
            if (reply.status() == 200 && "active".equals(reply.data().get("status"))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("stream " + id + " never became active");
    }
}
