package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Boots the whole core (real SQLite under a temporary DATA_DIR) and talks to it over HTTP with
 * the JDK client, so headers such as X-Forwarded-For are sent exactly as written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTestSupport implements TestPropertyProvider {
    static final String ADMIN_USER = "root";
    static final String ADMIN_PASS = "root-password-123";
    static final String LIVEKIT_KEY = "testkey";
    static final String CLUSTER_TOKEN = "clt_test_cluster_token_0123456789";
    static final String LIVEKIT_SECRET = "testsecret_testsecret_testsecret_0123";
    static final String JWT_SECRET = "test-secret-test-secret-test-secret-0123456789";

    static {
        TestSecrets.remember(ADMIN_PASS, CLUSTER_TOKEN, LIVEKIT_SECRET, JWT_SECRET, "password-123");
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    Path dataDir;

    /** Extra properties for one test class. */
    Map<String, String> extraProperties() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        try {
            dataDir = Files.createTempDirectory("streamhub-test");
            Files.createDirectories(dataDir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> props = new HashMap<>(Map.of(
                "micronaut.server.port", "-1",
                "streamhub.data-dir", dataDir.toString(),
                "streamhub.jwt-secret", JWT_SECRET,
                "streamhub.admin.user", ADMIN_USER,
                "streamhub.admin.pass", ADMIN_PASS,
                "streamhub.auth.rate-limit.max", "5",
                // nothing listens there: tests that need LiveKit start their own (MediaPlaneLiveKitIT)
                "streamhub.livekit.url", "ws://127.0.0.1:9",
                "streamhub.livekit.api-key", LIVEKIT_KEY,
                "streamhub.cluster.token", CLUSTER_TOKEN,
                "streamhub.livekit.api-secret", LIVEKIT_SECRET));
        props.putAll(extraProperties());
        return props;
    }

    record Reply(int status, Map<String, Object> body, HttpResponse<String> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data() {
            return (Map<String, Object>) body.get("data");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) body.get("data");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> error() {
            return (Map<String, Object>) body.get("error");
        }

        Reply expect(int expected) {
            assertEquals(expected, status, () -> "unexpected status; body: " + raw.body());
            return this;
        }
    }

    Reply call(String method, String path, String bearer, String jsonBody, String... headers) {
        TestSecrets.remember(bearer);
        TestSecrets.rememberFieldsOf(jsonBody);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = Map.of();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.startsWith("application/json") && !response.body().isEmpty()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> parsed = json.readValue(response.body(), Map.class);
                body = parsed;
            }
            TestSecrets.rememberFieldsOf(response.body());
            return new Reply(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String login(String user, String password) {
        return (String) call("POST", "/api/v1/auth/login", null,
                "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}").expect(200).data().get("token");
    }

    String adminJwt() {
        return login(ADMIN_USER, ADMIN_PASS);
    }

    String createTenant(String admin, String name) {
        return (String) call("POST", "/api/v1/tenants", admin, "{\"name\":\"" + name + "\"}").expect(201).data().get("id");
    }

    /** A member of the tenant with that role, signed in. */
    String memberJwt(String admin, String tenantId, String email, String role) {
        call("POST", "/api/v1/tenants/" + tenantId + "/members", admin,
                "{\"email\":\"" + email + "\",\"role\":\"" + role + "\",\"password\":\"password-123\"}").expect(201);
        return login(email, "password-123");
    }

    long createApp(String bearer, String name) {
        return ((Number) call("POST", "/api/v1/apps", bearer, "{\"name\":\"" + name + "\"}").expect(201).data().get("id")).longValue();
    }

    String appToken(String admin, long appId, String allowedIpsJson) {
        String body = "{\"name\":\"t\",\"scope\":\"app\",\"appId\":" + appId
                + (allowedIpsJson == null ? "" : ",\"allowedIps\":" + allowedIpsJson) + "}";
        return (String) call("POST", "/api/v1/tokens", admin, body).expect(201).data().get("token");
    }

    String globalToken(String admin, String allowedIpsJson) {
        String body = "{\"name\":\"g\",\"scope\":\"global\"" + (allowedIpsJson == null ? "" : ",\"allowedIps\":" + allowedIpsJson) + "}";
        return (String) call("POST", "/api/v1/tokens", admin, body).expect(201).data().get("token");
    }
}
