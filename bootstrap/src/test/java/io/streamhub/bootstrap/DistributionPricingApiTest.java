package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event pricing and advice over HTTP with the shipped 2026 list prices (application.yml defaults). */
@MicronautTest(transactional = false)
class DistributionPricingApiTest extends ApiTestSupport {
    String admin;

    @BeforeAll
    void signIn() {
        admin = adminJwt();
    }

    Map<String, Object> estimate(String body) {
        return call("POST", "/api/v1/distribution/estimate", admin, body).expect(200).data();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> provider(Map<String, Object> estimate, String name) {
        return ((List<Map<String, Object>>) estimate.get("providers")).stream()
                .filter(p -> name.equals(p.get("provider"))).findFirst().orElseThrow();
    }

    static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    static void assertNear(double seeds, double allowed, double actual, String what) {
        assertTrue(Math.abs(actual - seeds) <= allowed, what + ": seeds ~" + seeds + ", got " + actual);
    }

    @Test
    void aHundredThousandViewersAt720pForAnHourIs112point5TerabytesAtEveryProvider() {
        Map<String, Object> e = estimate("{\"audience\":100000,\"bitrateMbps\":2.5,\"hours\":1}");
        assertEquals(112_500.0, number(e, "gb"));
        assertEquals(112.5, number(e, "tb"));
        assertEquals(0.0, number(e, "p2pRatio"));
        assertEquals(4, ((Number) e.get("segmentSeconds")).intValue());
        assertEquals("USD", e.get("currency"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> providers = (List<Map<String, Object>>) e.get("providers");
        assertEquals(List.of("bunny", "cloudflare", "cloudfront", "fastly"), providers.stream().map(p -> p.get("provider")).toList());
        providers.forEach(p -> assertEquals("USD", p.get("currency")));
    }

    @Test
    void theShippedPricesReproduceTheSeedsTable() {
        double[][] seeds = {
            // audience, Bunny, CloudFront bandwidth, CDN+P2P@70% on Bunny
            {1_000, 6, 95, 2}, {10_000, 56, 900, 17}, {100_000, 560, 8_000, 170}};
        for (double[] row : seeds) {
            long audience = (long) row[0];
            Map<String, Object> plain = estimate("{\"audience\":" + audience + ",\"bitrateMbps\":2.5,\"hours\":1}");
            Map<String, Object> mesh = estimate("{\"audience\":" + audience + ",\"bitrateMbps\":2.5,\"hours\":1,\"provider\":\"bunny\",\"p2pRatio\":0.7}");
            // 5%, or the seeds' own rounding where it is coarser ("~$6" is 5.50–6.49; "~$900" is 850–950)
            assertNear(row[1], Math.max(0.05 * row[1], 0.5), number(provider(plain, "bunny"), "cost"), "Bunny " + audience);
            assertNear(row[2], Math.max(0.05 * row[2], audience == 10_000 ? 50 : 0),
                    number(provider(plain, "cloudfront"), "bandwidthCost"), "CloudFront " + audience);
            assertNear(row[3], Math.max(0.05 * row[3], 0.5), number(provider(mesh, "bunny"), "cost"), "CDN+P2P " + audience);
            assertEquals(1, ((List<?>) mesh.get("providers")).size());
        }
    }

    @Test
    void cloudFrontBillsRequestsOnTopAndTheSegmentLengthDecidesHowMany() {
        Map<String, Object> four = provider(estimate("{\"audience\":100000,\"bitrateMbps\":2.5,\"hours\":1}"), "cloudfront");
        assertEquals(180.0, number(four, "requestCost"));
        assertEquals(number(four, "bandwidthCost") + 180.0, number(four, "cost"), 0.01);
        Map<String, Object> two = estimate("{\"audience\":100000,\"bitrateMbps\":2.5,\"hours\":1,\"segmentSeconds\":2,\"provider\":\"cloudfront\"}");
        assertEquals(360_000_000L, ((Number) two.get("cdnRequests")).longValue());
        assertEquals(360.0, number(provider(two, "cloudfront"), "requestCost"));
        assertEquals(0.0, number(provider(estimate("{\"audience\":100000,\"bitrateMbps\":2.5,\"hours\":1}"), "bunny"), "requestCost"));
    }

    @Test
    void badValuesAre400NamingTheirField() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"bitrateMbps\":2.5,\"hours\":1}", "audience"),
                Map.entry("{\"audience\":0,\"bitrateMbps\":2.5,\"hours\":1}", "audience"),
                Map.entry("{\"audience\":1000000000000,\"bitrateMbps\":2.5,\"hours\":1}", "audience"),
                Map.entry("{\"audience\":\"many\",\"bitrateMbps\":2.5,\"hours\":1}", "audience"),
                Map.entry("{\"audience\":10.5,\"bitrateMbps\":2.5,\"hours\":1}", "audience"),
                Map.entry("{\"audience\":10,\"hours\":1}", "bitrateMbps"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":-2.5,\"hours\":1}", "bitrateMbps"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5}", "hours"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":100000}", "hours"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"p2pRatio\":0.99}", "p2pRatio"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"p2pRatio\":-0.1}", "p2pRatio"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"segmentSeconds\":0}", "segmentSeconds"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"provider\":\"akamai\"}", "provider"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":\"fast\",\"hours\":1}", "bitrateMbps"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":\"1\"}", "hours"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"p2pRatio\":true}", "p2pRatio"),
                Map.entry("{\"audience\":10,\"bitrateMbps\":2.5,\"hours\":1,\"provider\":7}", "provider"),
                Map.entry("[1,2]", "body"));
        cases.forEach((body, field) -> {
            Reply reply = call("POST", "/api/v1/distribution/estimate", admin, body);
            assertEquals(400, reply.status(), body + " → " + reply.raw().body());
            assertEquals(field, reply.error().get("field"), body + " → " + reply.raw().body());
        });
    }

    @Test
    void recommendAnswersTheModeAndTheReason() {
        Map<String, Object> mass = call("GET", "/api/v1/distribution/recommend?useCase=mass-event&audience=100000", admin, null)
                .expect(200).data();
        assertEquals("hybrid", mass.get("mode"));
        assertEquals("relaxed", mass.get("latency"));
        assertTrue(((String) mass.get("reason")).contains("250 Gbps"), mass.toString());
        assertEquals(Map.of("webrtc", false, "hls", true, "cdn", true, "p2p", true), mass.get("delivery"));
        Map<String, Object> cctv = call("GET", "/api/v1/distribution/recommend?useCase=cctv&audience=12&latency=realtime", admin, null)
                .expect(200).data();
        assertEquals("edge", cctv.get("mode"));
        assertEquals("monitoring", cctv.get("useCase"));
    }

    @Test
    void badRecommendParametersAre400NamingTheParameter() {
        Map<String, String> cases = Map.of(
                "/api/v1/distribution/recommend?audience=10", "useCase",
                "/api/v1/distribution/recommend?useCase=concert&audience=10", "useCase",
                "/api/v1/distribution/recommend?useCase=vod", "audience",
                "/api/v1/distribution/recommend?useCase=vod&audience=lots", "audience",
                "/api/v1/distribution/recommend?useCase=vod&audience=-3", "audience",
                "/api/v1/distribution/recommend?useCase=vod&audience=1000000000000", "audience",
                "/api/v1/distribution/recommend?useCase=vod&audience=10&latency=fast", "latency");
        cases.forEach((path, field) -> {
            Reply reply = call("GET", path, admin, null);
            assertEquals(400, reply.status(), path + " → " + reply.raw().body());
            assertEquals(field, reply.error().get("field"), path);
        });
    }

    @Test
    void theOpenApiDocumentDescribesBothRoutes() {
        String spec = call("GET", "/api/v1/openapi.json", null, null).expect(200).raw().body();
        assertTrue(spec.contains("\"/api/v1/distribution/estimate\""), "estimate in the OpenAPI document");
        assertTrue(spec.contains("\"/api/v1/distribution/recommend\""), "recommend in the OpenAPI document");
        assertTrue(spec.contains("\"mass-event\"") && spec.contains("\"relaxed\""), "allowed values listed");
    }

    @Test
    void anAppScopedTokenMayPlanAnEventToo() {
        String owner = memberJwt(admin, createTenant(admin, "Planner"), "planner@p.test", "owner");
        String token = appToken(admin, createApp(owner, "planned"), null);
        assertEquals(200, call("POST", "/api/v1/distribution/estimate", token, "{\"audience\":10,\"bitrateMbps\":1,\"hours\":1}").status());
        assertEquals(200, call("GET", "/api/v1/distribution/recommend?useCase=other&audience=10", token, null).status());
    }
}
