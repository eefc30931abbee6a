package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Boots the packaged jar as an operator would and talks to it over loopback. */
class StreamHubJarIT {
    private final Path jar = Path.of(System.getProperty("streamhub.jar", "target/streamhub.jar"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theJarServesTheApiOnTheConfiguredPortWithItsDataUnderDataDir() throws Exception {
        Path data = Files.createTempDirectory("streamhub-jar");
        int port = freePort();
        Process core = start(Map.of("PORT", Integer.toString(port), "DATA_DIR", data.toString(),
                "ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "jar-test-secret-jar-test-secret-0123456789"), data.resolve("core.log"));
        try {
            HttpResponse<String> health = waitForHealth(port, core);
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            assertTrue(Files.isRegularFile(data.resolve("data/streamhub.db")));
            assertTrue(Files.isRegularFile(data.resolve("apps/live/app.db")));

            HttpResponse<String> login = post(port, "/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}");
            assertEquals(200, login.statusCode(), login.body());
            String jwt = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
            HttpResponse<String> created = post(port, "/api/v1/apps", jwt, "{\"name\":\"from-jar\"}");
            assertEquals(201, created.statusCode(), created.body());
            assertTrue(Files.isRegularFile(data.resolve("apps/from-jar/config.yaml")));
            HttpResponse<String> spec = get(port, "/api/v1/openapi.json");
            assertEquals(200, spec.statusCode());
            assertTrue(spec.body().contains("\"/api/v1/apps\""));
            assertTrue(get(port, "/api/v1/docs").body().contains("swagger-ui"));
            assertEquals(200, get(port, "/api/v1/docs/res/swagger-ui-bundle.js").statusCode());
        } finally {
            core.destroy();
            core.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void productionWithoutAJwtSecretRefusesToStartAndSaysWhy() throws Exception {
        Path data = Files.createTempDirectory("streamhub-jar");
        Process core = start(Map.of("PORT", Integer.toString(freePort()), "DATA_DIR", data.toString(),
                "STREAMHUB_ENV", "production"), data.resolve("core.log"));
        assertTrue(core.waitFor(60, TimeUnit.SECONDS), "the core should exit");
        assertEquals(2, core.exitValue());
        String log = Files.readString(data.resolve("core.log"));
        assertTrue(log.contains("STREAMHUB_JWT_SECRET is not set"), log);
    }

    private Process start(Map<String, String> env, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        builder.environment().keySet().removeIf(k -> k.startsWith("STREAMHUB_") || k.equals("NODE_ENV"));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private HttpResponse<String> waitForHealth(int port, Process core) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!core.isAlive()) {
                throw new AssertionError("core exited with " + core.exitValue());
            }
            try {
                return get(port, "/api/v1/health");
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("core did not answer within 90 s");
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String bearer, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
