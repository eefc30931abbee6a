package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens, sessions, quotas and app lifecycle through the real stack (HTTP, security, SQLite, files). */
@MicronautTest(transactional = false)
class AccessControlTest extends ApiTestSupport {

    @Test
    void theDefaultAppExistsAfterFirstBootAndHealthIsPublic() {
        Map<String, Object> health = call("GET", "/api/v1/health", null, null).expect(200).data();
        assertEquals("ok", health.get("status"));
        assertNotNull(health.get("version"));
        assertEquals("live", call("GET", "/api/v1/apps/live", adminJwt(), null).expect(200).data().get("name"));
    }

    @Test
    void aRevokedTokenFailsOnTheVeryNextRequest() {
        String admin = adminJwt();
        String token = globalToken(admin, null);
        call("GET", "/api/v1/auth/me", token, null).expect(200);
        Number id = (Number) call("GET", "/api/v1/tokens", admin, null).expect(200).list().get(0).get("id");
        call("DELETE", "/api/v1/tokens/" + id, admin, null).expect(204);
        assertEquals("Invalid or revoked API token", call("GET", "/api/v1/auth/me", token, null).expect(401).error().get("message"));
    }

    @Test
    void tokensAreListedWithoutSecretsAndShownOnce() {
        String admin = adminJwt();
        String token = globalToken(admin, "[\"127.0.0.1\"]");
        assertTrue(token.startsWith("sk_") && token.length() >= 46);
        var listed = call("GET", "/api/v1/tokens", admin, null).expect(200);
        assertFalse(listed.raw().body().contains(token.substring(3)));
        assertFalse(listed.raw().body().toLowerCase().contains("hash"));
        assertEquals(java.util.List.of("127.0.0.1/32"), listed.list().get(0).get("allowedIps"));
    }

    @Test
    void anAllowlistedTokenIgnoresForwardedForFromAnUntrustedPeer() {
        String admin = adminJwt();
        String token = globalToken(admin, "[\"198.51.100.7\"]");
        // the test client is 127.0.0.1, which is not a trusted proxy here: the header is not believed
        assertEquals(401, call("GET", "/api/v1/auth/me", token, null, "X-Forwarded-For", "198.51.100.7").status());
        String local = globalToken(admin, "[\"127.0.0.0/8\"]");
        call("GET", "/api/v1/auth/me", local, null, "X-Forwarded-For", "198.51.100.7").expect(200);
    }

    @Test
    void deletingAnAppRevokesItsTokensAtOnceAndKeepsItsFilesUnlessPurged() {
        String admin = adminJwt();
        long id = createApp(admin, "doomed");
        String token = appToken(admin, id, null);
        call("GET", "/api/v1/apps/doomed", token, null).expect(200);
        assertEquals(Map.of("deleted", true, "name", "doomed", "purged", false),
                call("DELETE", "/api/v1/apps/doomed", admin, null).expect(200).data());
        call("GET", "/api/v1/apps/doomed", token, null).expect(401);
        assertTrue(Files.isDirectory(dataDir.resolve("apps/doomed")));
        call("GET", "/api/v1/apps/doomed", admin, null).expect(404);

        createApp(admin, "purged-app");
        call("DELETE", "/api/v1/apps/purged-app?purge=true", admin, null).expect(200);
        assertFalse(Files.exists(dataDir.resolve("apps/purged-app")));
    }

    @Test
    void creatingAnAppLaysOutItsWorkspaceAndDuplicatesConflict() {
        String admin = adminJwt();
        createApp(admin, "studio");
        for (String dir : new String[] {"recordings", "hls", "snapshots", "samples"}) {
            assertTrue(Files.isDirectory(dataDir.resolve("apps/studio/" + dir)), dir);
        }
        assertTrue(Files.isRegularFile(dataDir.resolve("apps/studio/config.yaml")));
        assertTrue(Files.isRegularFile(dataDir.resolve("apps/studio/app.db")));
        assertEquals("name", call("POST", "/api/v1/apps", admin, "{\"name\":\"studio\"}").expect(409).error().get("field"));
    }

    @Test
    void secretsAreWriteOnly() throws Exception {
        String admin = adminJwt();
        createApp(admin, "hooked");
        var patched = call("PATCH", "/api/v1/apps/hooked/config", admin,
                "{\"callbacks\":{\"url\":\"https://203.0.113.7/hook\",\"secret\":\"super-secret-value\"}}").expect(200);
        assertEquals(Boolean.TRUE, ((Map<?, ?>) patched.data().get("callbacks")).get("secretSet"));
        assertFalse(patched.raw().body().contains("super-secret-value"));
        assertFalse(call("GET", "/api/v1/apps/hooked/config", admin, null).expect(200).raw().body().contains("super-secret-value"));
        assertFalse(Files.readString(dataDir.resolve("apps/hooked/config.yaml")).contains("super-secret-value"));
        assertFalse(new String(Files.readAllBytes(dataDir.resolve("data/streamhub.db"))).contains("super-secret-value"));
    }

    @Test
    void aTenantOverItsAppQuotaGetsA429WithTheNumbers() {
        String admin = adminJwt();
        String tenant = createTenant(admin, "Small");
        call("PUT", "/api/v1/tenants/" + tenant + "/quotas", admin, "{\"maxApps\":1}").expect(200);
        String owner = memberJwt(admin, tenant, "owner@small.test", "owner");
        createApp(owner, "small-one");
        Map<String, Object> error = call("POST", "/api/v1/apps", owner, "{\"name\":\"small-two\"}").expect(429).error();
        assertEquals("quota_exceeded", error.get("code"));
        assertEquals("maxApps", error.get("quota"));
        assertEquals(1, ((Number) error.get("limit")).intValue());
        assertEquals(1, ((Number) error.get("used")).intValue());
        Map<String, Object> usage = call("GET", "/api/v1/tenants/" + tenant + "/usage", owner, null).expect(200).data();
        assertEquals(1, ((Number) ((Map<?, ?>) usage.get("usage")).get("apps")).intValue());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) usage.get("exceeded")).get("apps"));
    }

    @Test
    void viewersReadButDoNotChange() {
        String admin = adminJwt();
        String tenant = createTenant(admin, "Viewers");
        String owner = memberJwt(admin, tenant, "owner@v.test", "owner");
        String viewer = memberJwt(admin, tenant, "viewer@v.test", "viewer");
        createApp(owner, "watched");
        call("GET", "/api/v1/apps/watched", viewer, null).expect(200);
        call("PATCH", "/api/v1/apps/watched", viewer, "{\"displayName\":\"x\"}").expect(403);
        call("DELETE", "/api/v1/apps/watched", viewer, null).expect(403);
        Map<String, Object> me = call("GET", "/api/v1/auth/me", viewer, null).expect(200).data();
        assertEquals("viewer", me.get("role"));
        assertEquals(tenant, me.get("tenantId"));
    }

    @Test
    void sessionTokensAreHs256JwtsThatExpireIn12Hours() throws Exception {
        String jwt = adminJwt();
        String[] parts = jwt.split("\\.");
        String header = new String(java.util.Base64.getUrlDecoder().decode(parts[0]));
        assertTrue(header.contains("HS256"), header);
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = json.readValue(java.util.Base64.getUrlDecoder().decode(parts[1]), Map.class);
        long ttl = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertEquals(12 * 3600, ttl);
        assertEquals("admin", claims.get("sub"));
        call("GET", "/api/v1/auth/me", jwt.substring(0, jwt.length() - 2) + "xx", null).expect(401);
    }
}
