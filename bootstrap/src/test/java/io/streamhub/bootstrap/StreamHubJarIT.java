package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Boots the packaged jar as an operator would and talks to it over loopback. */
class StreamHubJarIT {

    @Test
    void theJarServesTheApiOnTheConfiguredPortWithItsDataUnderDataDir() throws Exception {
        Path data = Files.createTempDirectory("streamhub-jar");
        try (CoreProcess core = CoreProcess.start(Map.of("ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "jar-test-secret-jar-test-secret-0123456789",
                "LIVEKIT_API_KEY", "jarkey", "LIVEKIT_API_SECRET", "jarsecret_jarsecret_jarsecret_0123"), data)) {
            HttpResponse<String> health = core.awaitHealthy();
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            assertTrue(Files.isRegularFile(data.resolve("data/streamhub.db")));
            assertTrue(Files.isRegularFile(data.resolve("apps/live/app.db")));

            HttpResponse<String> login = core.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}");
            assertEquals(200, login.statusCode(), login.body());
            String jwt = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> created = core.post("/api/v1/apps", jwt, "{\"name\":\"from-jar\"}");
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(Files.isRegularFile(data.resolve("apps/from-jar/config.yaml")));
            HttpResponse<String> spec = core.get("/api/v1/openapi.json", null);
            assertEquals(200, spec.statusCode());
            assertTrue(spec.body().contains("\"/api/v1/apps\""));
            assertTrue(core.get("/api/v1/docs", null).body().contains("swagger-ui"));
            assertEquals(200, core.get("/api/v1/docs/res/swagger-ui-bundle.js", null).statusCode());
            HttpResponse<String> minted = core.post("/api/v1/apps/live/tokens", jwt, "{\"room\":\"show\"}");
            assertTrue(minted.body().contains("\"wsUrl\":\"ws://127.0.0.1:7880\""), "LIVEKIT_URL's default: " + minted.body());
        }
    }

    @Test
    void productionWithoutAJwtSecretRefusesToStartAndSaysWhy() throws Exception {
        Path data = Files.createTempDirectory("streamhub-jar");
        try (CoreProcess core = CoreProcess.start(Map.of("STREAMHUB_ENV", "production"), data)) {
            assertTrue(core.process.waitFor(60, TimeUnit.SECONDS), "the core should exit");
            assertEquals(2, core.process.exitValue());
            String log = Files.readString(core.log);
            assertTrue(log.contains("STREAMHUB_JWT_SECRET is not set"), log);
        }
    }
}
