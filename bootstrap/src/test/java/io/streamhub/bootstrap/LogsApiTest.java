package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The stored server logs: what gets in (masked), the two routes, their filters and paging. */
@MicronautTest(transactional = false)
class LogsApiTest extends ApiTestSupport {
    private static final Logger LOG = LoggerFactory.getLogger("io.streamhub.test.LogsApiTest");
    private static final String LEAK = "hunter2-hunter2-hunter2";
    private static final String TOKEN = "sk_logs_test_0123456789abcdef";

    String admin;
    String betaToken;

    @BeforeAll
    void world() throws InterruptedException {
        admin = adminJwt();
        createApp(admin, "alpha");
        long beta = createApp(admin, "beta");
        betaToken = appToken(admin, beta, null);
        LOG.warn("zmark-1 slow answer for app=alpha password={}", LEAK);
        LOG.info("event=test_event zmark-2 of app beta");
        LOG.info("zmark-3 plain info, not stored");
        LOG.error("zmark-4 failure with Authorization: Bearer " + TOKEN, new IllegalStateException("boom " + TOKEN));
        long deadline = System.currentTimeMillis() + 15_000;
        while (total("/api/v1/logs?q=zmark-") < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private long total(String path) {
        return ((Number) call("GET", path, admin, null).expect(200).body().get("total")).longValue();
    }

    private List<String> messages(String path, String bearer) {
        return call("GET", path, bearer, null).expect(200).list().stream().map(l -> (String) l.get("message")).toList();
    }

    @Test
    void importantLinesAreStoredMaskedAndNewestFirst() {
        Reply page = call("GET", "/api/v1/logs?q=ZMARK-", admin, null).expect(200);
        assertEquals(3L, ((Number) page.body().get("total")).longValue(), page.raw().body());
        assertEquals(100, ((Number) page.body().get("limit")).intValue());
        assertEquals(0, ((Number) page.body().get("offset")).intValue());
        List<Map<String, Object>> lines = page.list();
        assertTrue(((String) lines.get(0).get("message")).startsWith("zmark-4"), page.raw().body());
        assertTrue(((String) lines.get(2).get("message")).startsWith("zmark-1"), page.raw().body());
        assertFalse(page.raw().body().contains(LEAK), page.raw().body());
        assertFalse(page.raw().body().contains(TOKEN), page.raw().body());

        Map<String, Object> warn = lines.get(2);
        assertEquals("warn", warn.get("level"));
        assertEquals("io.streamhub.test.LogsApiTest", warn.get("source"));
        assertEquals("alpha", warn.get("app"));
        assertEquals("zmark-1 slow answer for app=alpha password=***", warn.get("message"));
        Map<?, ?> event = (Map<?, ?>) lines.get(1).get("meta");
        assertEquals("test_event", event.get("event"));
        assertEquals("beta", lines.get(1).get("app"));
        Map<?, ?> error = (Map<?, ?>) lines.get(0).get("meta");
        assertTrue(((String) error.get("exception")).contains("boom sk_***"), page.raw().body());
    }

    @Test
    void filtersAndPaging() {
        assertEquals(List.of("zmark-4"), messages("/api/v1/logs?q=zmark-&level=error", admin).stream().map(m -> m.substring(0, 7)).toList());
        assertEquals(3L, total("/api/v1/logs?q=zmark-&level=info"));
        assertEquals(3L, total("/api/v1/logs?q=zmark-&source=io.streamhub.test"));
        assertEquals(0L, total("/api/v1/logs?q=zmark-&source=io.streamhub.tes"));
        assertEquals(1L, total("/api/v1/logs?q=zmark-&app=alpha"));
        assertEquals(0L, total("/api/v1/logs?q=zmark-&until=2000-01-01T00:00:00Z"));
        assertEquals(3L, total("/api/v1/logs?q=zmark-&since=2000-01-01T00:00:00Z"));
        Reply second = call("GET", "/api/v1/logs?q=zmark-&limit=1&offset=1", admin, null).expect(200);
        assertEquals(1, second.list().size());
        assertTrue(((String) second.list().get(0).get("message")).contains("zmark-2"), second.raw().body());
        assertEquals(3L, ((Number) second.body().get("total")).longValue());
    }

    @Test
    void theAppRouteShowsThatAppsLinesOnly() {
        assertEquals(List.of("zmark-1 slow answer for app=alpha password=***"), messages("/api/v1/apps/alpha/logs?q=zmark-", admin));
        assertEquals(List.of("event=test_event zmark-2 of app beta"), messages("/api/v1/apps/beta/logs?q=zmark-", betaToken));
        call("GET", "/api/v1/apps/alpha/logs", betaToken, null).expect(403);
        call("GET", "/api/v1/logs", betaToken, null).expect(403);
        call("GET", "/api/v1/logs", null, null).expect(401);
    }

    @Test
    void badFiltersAnswer400NamingTheField() {
        Map<String, String> cases = Map.of("level=loud", "level", "since=yesterday", "since", "until=2026-13-01", "until",
                "limit=0", "limit", "limit=1001", "limit", "offset=-1", "offset", "limit=ten", "limit",
                "q=" + "x".repeat(201), "q", "app=Not_An_App", "app",
                "since=2026-01-02T00:00:00Z&until=2026-01-01T00:00:00Z", "until");
        cases.forEach((query, field) -> {
            Reply r = call("GET", "/api/v1/logs?" + query, admin, null).expect(400);
            assertEquals("invalid_input", r.error().get("code"), query);
            assertEquals(field, r.error().get("field"), query);
        });
        assertEquals("level", call("GET", "/api/v1/apps/alpha/logs?level=x", admin, null).expect(400).error().get("field"));
    }

    @Test
    void theLogFileHasJsonLinesMasked() throws Exception {
        Path file = Path.of(System.getProperty("LOG_DIR", "target/logs"), "streamhub.log");
        String text = Files.readString(file);
        String line = text.lines().filter(l -> l.contains("zmark-1")).findFirst().orElseThrow();
        assertTrue(line.startsWith("{") && line.contains("\"level\":\"WARN\""), line);
        assertTrue(line.contains("password=***"), line);
        assertFalse(text.contains(LEAK));
        assertFalse(text.contains(TOKEN));
    }
}
