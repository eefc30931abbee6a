package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard SPA is served at / and at its own sections (history fallback), with no-cache on the index and
 * immutable hashed assets, and never answers in place of the API or the other public areas. The index and
 * asset come from this module's test resources (they precede the built SPA on the test classpath).
 */
@MicronautTest(transactional = false)
class DashboardServingTest extends ApiTestSupport {

    @Test
    void indexIsServedAtTheRootAndAtEverySectionOfTheSpaWithoutCaching() {
        for (String path : List.of("/", "/login", "/apps", "/apps/alpha", "/apps/alpha/ingress", "/cluster", "/logs")) {
            Reply reply = call("GET", path, null, null).expect(200);
            assertTrue(reply.raw().body().contains("data-fixture=\"dashboard-test\""), path + " serves the index");
            assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
            assertEquals("no-cache", reply.raw().headers().firstValue("Cache-Control").orElse(""), path);
            assertTrue(reply.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"), path);
            assertEquals("DENY", reply.raw().headers().firstValue("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void hashedAssetsAreImmutableAndTypedAndTraversalIsRefused() {
        Reply asset = call("GET", "/dashboard/assets/index-Fx1234ab.js", null, null).expect(200);
        assertEquals("public, max-age=31536000, immutable", asset.raw().headers().firstValue("Cache-Control").orElse(""));
        assertTrue(asset.raw().headers().firstValue("Content-Type").orElse("").contains("javascript"),
                asset.raw().headers().map().toString());
        assertTrue(asset.raw().body().contains("dashboard-fixture"));
        call("GET", "/dashboard/assets/missing-00000000.js", null, null).expect(404);
        call("GET", "/dashboard/..%2F..%2Fapplication.yml", null, null).expect(404);
        call("GET", "/dashboard/assets/%2e%2e/index.html", null, null).expect(404);
    }

    @Test
    void theFallbackNeverShadowsTheApiOrTheOtherPublicAreas() {
        Reply api = call("GET", "/api/v1/no-such-route", null, null);
        assertEquals(404, api.status());
        assertFalse(api.raw().body().contains("data-fixture"), "an unknown API path is not answered with the SPA");
        assertTrue(api.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "the API keeps its JSON 404: " + api.raw().headers().map());
        for (String path : List.of("/hls/alpha/show/index.m3u8", "/samples/alpha/play.html", "/sdk/streamhub-adaptor.global.js",
                "/play/alpha/show", "/embed/alpha/show", "/rtc/validate", "/nothing-here")) {
            Reply reply = call("GET", path, null, null);
            assertFalse(reply.raw().body().contains("data-fixture"), path + " must not be answered by the dashboard");
        }
        assertTrue(call("GET", "/api/v1/health", null, null).expect(200).data().containsKey("status"));
    }
}
