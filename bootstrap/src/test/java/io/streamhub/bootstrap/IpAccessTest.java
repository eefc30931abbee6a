package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Network security behind a trusted proxy (the test client, 127.0.0.1): each test speaks for its own
 * client addresses through X-Forwarded-For. Auto-ban at 3 offenses within 60 s, first ban 100 s.
 */
@MicronautTest(transactional = false)
class IpAccessTest extends ApiTestSupport {
    @Inject
    SettableClock clock;

    String admin;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.trusted-proxies", "127.0.0.1/32",
                "streamhub.security.mode", "enforce",
                "streamhub.security.autoban.enabled", "true",
                "streamhub.security.autoban.max-offenses", "3",
                "streamhub.security.autoban.window-s", "60",
                "streamhub.security.autoban.base-ttl-s", "100",
                "streamhub.test.settable-clock", "true");
    }

    @BeforeAll
    void signIn() {
        admin = adminJwt();
    }

    private Reply from(String client, String method, String path, String bearer, String body) {
        return call(method, path, bearer, body, "X-Forwarded-For", client);
    }

    private void failLogins(String forwardedFor, int times) {
        for (int i = 0; i < times; i++) {
            int status = from(forwardedFor, "POST", "/api/v1/auth/login", null, "{\"user\":\"nobody@x.test\",\"password\":\"wrong-one\"}")
                    .status();
            assertTrue(status == 401 || status == 429, "status " + status);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> ban(String ip) {
        Map<String, Object> bans = call("GET", "/api/v1/security/bans", admin, null).expect(200).data();
        for (String list : List.of("active", "recent")) {
            for (Map<String, Object> b : (List<Map<String, Object>>) bans.get(list)) {
                if (ip.equals(b.get("ip"))) {
                    return b;
                }
            }
        }
        return Map.of();
    }

    @Test
    void bruteForceFromOneAddressIsBannedThenFreedOnScheduleAndASecondBanLastsTwiceAsLong() {
        String attacker = "203.0.113.10";
        failLogins(attacker, 3);

        Reply banned = from(attacker, "GET", "/api/v1/health", null, null).expect(429);
        assertEquals("rate_limited", banned.error().get("code"));
        int retryAfter = Integer.parseInt(banned.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 90 && retryAfter <= 101, "Retry-After " + retryAfter);
        from("203.0.113.11", "GET", "/api/v1/health", null, null).expect(200);
        assertEquals(true, ban(attacker).get("active"));
        assertEquals(1, ((Number) ban(attacker).get("escalationLevel")).intValue());
        assertEquals("login_failed", ban(attacker).get("reason"));

        clock.advance(Duration.ofSeconds(101));
        from(attacker, "GET", "/api/v1/health", null, null).expect(200);
        assertEquals(false, ban(attacker).get("active"));

        failLogins(attacker, 3);
        from(attacker, "GET", "/api/v1/health", null, null).expect(429);
        Map<String, Object> second = ban(attacker);
        assertEquals(2, ((Number) second.get("escalationLevel")).intValue());
        long seconds = Duration.between(Instant.now(), Instant.parse((String) second.get("bannedUntil"))).toSeconds();
        assertTrue(seconds > 101 + 190 && seconds <= 101 + 200, "second ban ends in " + seconds + " s");

        clock.advance(Duration.ofSeconds(150));
        from(attacker, "GET", "/api/v1/health", null, null).expect(429);
        clock.advance(Duration.ofSeconds(51));
        from(attacker, "GET", "/api/v1/health", null, null).expect(200);
    }

    @Test
    void invalidCredentialsCountButAMissingOneDoesNotAndUnbanLiftsTheBan() {
        String client = "203.0.113.20";
        for (int i = 0; i < 5; i++) {
            from(client, "GET", "/api/v1/apps", null, null).expect(401);
        }
        from(client, "GET", "/api/v1/health", null, null).expect(200);

        from(client, "GET", "/api/v1/apps", "sk_unknownunknownunknownunknown", null).expect(401);
        from(client, "GET", "/api/v1/apps", "not-a-jwt", null).expect(401);
        from(client, "GET", "/api/v1/apps", "sk_unknownunknownunknownunknown", null).expect(401);
        from(client, "GET", "/api/v1/health", null, null).expect(429);
        assertEquals("invalid_token", ban(client).get("reason"));

        Reply unbanned = call("POST", "/api/v1/security/bans/" + client + "/unban", admin, null).expect(200);
        assertEquals(Map.of("ip", client, "unbanned", true), unbanned.data());
        from(client, "GET", "/api/v1/health", null, null).expect(200);
        assertEquals(Map.of(), ban(client));
        assertEquals("not_found", call("POST", "/api/v1/security/bans/" + client + "/unban", admin, null).expect(404).error().get("code"));
    }

    @Test
    void anAddressWithAnAllowRuleIsNeverBanned() {
        String office = "203.0.113.30";
        call("POST", "/api/v1/security/ip-rules", admin, "{\"cidr\":\"" + office + "\",\"action\":\"allow\",\"note\":\"office\"}")
                .expect(201);

        failLogins(office, 6);

        from(office, "GET", "/api/v1/health", null, null).expect(200);
        assertEquals(Map.of(), ban(office));
    }

    @Test
    void aForgedLeftHopNeitherBansItsVictimNorFreesTheSender() {
        String victim = "198.51.100.50";
        String attacker = "203.0.113.40";
        // the attacker writes the victim's address; the proxy appends the attacker's real one
        failLogins(victim + ", " + attacker, 3);

        from(victim + ", " + attacker, "GET", "/api/v1/health", null, null).expect(429);
        from("127.0.0.1, " + attacker, "GET", "/api/v1/health", null, null).expect(429);
        from(victim, "GET", "/api/v1/health", null, null).expect(200);
        assertEquals(Map.of(), ban(victim));
        assertEquals(true, ban(attacker).get("active"));
    }

    @Test
    void aBlockRuleRefusesEveryPathWithA403UntilItIsDeleted() {
        String blocked = "203.0.113.50";
        Reply created = call("POST", "/api/v1/security/ip-rules", admin, "{\"cidr\":\"203.0.113.48/30\",\"action\":\"block\"}")
                .expect(201);
        assertEquals("203.0.113.48/30", created.data().get("cidr"));
        assertEquals("admin", created.data().get("createdBy"));

        for (String path : List.of("/api/v1/health", "/api/v1/apps", "/api/v1/docs/res/swagger-ui.css", "/no-such-page")) {
            Reply reply = from(blocked, "GET", path, null, null);
            assertEquals(403, reply.status(), path);
            assertEquals(Map.of("code", "forbidden", "message", "Access denied"), withoutNulls(reply.error()));
        }
        assertNotEquals(403, from("203.0.113.60", "GET", "/api/v1/docs/res/swagger-ui.css", null, null).status());

        long id = ((Number) created.data().get("id")).longValue();
        assertEquals(Map.of("id", (int) id, "deleted", true),
                call("DELETE", "/api/v1/security/ip-rules/" + id, admin, null).expect(200).data());
        from(blocked, "GET", "/api/v1/health", null, null).expect(200);
        assertEquals("not_found", call("DELETE", "/api/v1/security/ip-rules/" + id, admin, null).expect(404).error().get("code"));
    }

    @Test
    void badInputIsA400NamingTheFieldAndADuplicateNetworkA409() {
        Map<String, String> cases = Map.of(
                "cidr", "{\"cidr\":\"10.0.0.0/33\",\"action\":\"block\"}",
                "action", "{\"cidr\":\"10.0.0.0/8\",\"action\":\"deny\"}",
                "note", "{\"cidr\":\"10.0.0.0/8\",\"action\":\"block\",\"note\":\"" + "n".repeat(301) + "\"}");
        cases.forEach((field, body) -> assertEquals(field,
                call("POST", "/api/v1/security/ip-rules", admin, body).expect(400).error().get("field")));
        assertEquals("id", call("DELETE", "/api/v1/security/ip-rules/abc", admin, null).expect(400).error().get("field"));
        assertEquals("ip", call("POST", "/api/v1/security/bans/not-an-ip/unban", admin, null).expect(400).error().get("field"));

        call("POST", "/api/v1/security/ip-rules", admin, "{\"cidr\":\"192.0.2.0/24\",\"action\":\"block\"}").expect(201);
        assertEquals("cidr", call("POST", "/api/v1/security/ip-rules", admin, "{\"cidr\":\"192.0.2.9/24\",\"action\":\"allow\"}")
                .expect(409).error().get("field"));
    }

    @Test
    void theStatusShowsTheSettings() {
        Map<String, Object> status = call("GET", "/api/v1/security/status", admin, null).expect(200).data();
        assertEquals("enforce", status.get("mode"));
        assertEquals(false, status.get("allowlistOnly"));
        assertEquals(Map.of("enabled", true, "maxOffenses", 3, "windowS", 60, "baseTtlS", 100), status.get("autoban"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new java.util.HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
