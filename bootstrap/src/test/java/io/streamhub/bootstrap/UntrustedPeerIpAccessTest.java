package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.application.port.in.IpAccessUseCases;
import io.streamhub.domain.ipaccess.Offender;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * No trusted proxy: the test client (127.0.0.1) is an untrusted peer, so its X-Forwarded-For is
 * never read. Mode {@code log}: block rules only warn. Loopback gets no free pass.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UntrustedPeerIpAccessTest extends ApiTestSupport {
    @Inject
    IpAccessUseCases.ListBansUseCase bans;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.security.mode", "log",
                "streamhub.security.autoban.enabled", "true",
                "streamhub.security.autoban.max-offenses", "3");
    }

    @Test
    @Order(1)
    void inLogModeABlockRuleLetsTheRequestThrough() {
        String admin = adminJwt();
        call("POST", "/api/v1/security/ip-rules", admin, "{\"cidr\":\"127.0.0.0/8\",\"action\":\"block\"}").expect(201);

        call("GET", "/api/v1/health", null, null).expect(200);
        call("GET", "/api/v1/security/ip-rules", admin, null).expect(200);
    }

    @Test
    @Order(2)
    void aForgedForwardedForNeitherBansItsVictimNorFreesTheSender() {
        for (int i = 0; i < 3; i++) {
            call("POST", "/api/v1/auth/login", null, "{\"user\":\"nobody@x.test\",\"password\":\"wrong-one\"}",
                    "X-Forwarded-For", "198.51.100.77").expect(401);
        }

        call("GET", "/api/v1/health", null, null, "X-Forwarded-For", "198.51.100.77").expect(429);
        call("GET", "/api/v1/health", null, null, "X-Forwarded-For", "203.0.113.1").expect(429);
        var active = bans.bans().active().stream().map(Offender::ip).toList();
        assertEquals(java.util.List.of("127.0.0.1"), active);
        assertTrue(bans.bans().recent().isEmpty());
    }
}
