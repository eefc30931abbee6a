package io.streamhub.bootstrap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the test client declared a trusted proxy, X-Forwarded-For decides — but only its right-most untrusted hop. */
@MicronautTest(transactional = false)
class TrustedProxyTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.trusted-proxies", "127.0.0.1/32, 10.0.0.0/8");
    }

    @Test
    void theAddressThatTheProxySawIsTheOneChecked() {
        String token = globalToken(adminJwt(), "[\"198.51.100.7\"]");
        call("GET", "/api/v1/auth/me", token, null, "X-Forwarded-For", "198.51.100.7").expect(200);
        call("GET", "/api/v1/auth/me", token, null, "X-Forwarded-For", "198.51.100.7, 10.1.2.3").expect(200);
        call("GET", "/api/v1/auth/me", token, null).expect(401);
    }

    @Test
    void aForgedLeftHopChangesNothing() {
        String token = globalToken(adminJwt(), "[\"198.51.100.7\"]");
        // the client wrote 198.51.100.7, the proxy appended the real address 203.0.113.5
        call("GET", "/api/v1/auth/me", token, null, "X-Forwarded-For", "198.51.100.7, 203.0.113.5").expect(401);
    }
}
