package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Failed sign-ins are limited per client address (its own context: the counter is per process). */
@MicronautTest(transactional = false)
class LoginRateLimitTest extends ApiTestSupport {

    @Test
    void successesAreFreeFailuresAreCountedAndThenEverySignInWaits() {
        for (int i = 0; i < 8; i++) {
            adminJwt();
        }
        for (int i = 0; i < 5; i++) {
            call("POST", "/api/v1/auth/login", null, "{\"user\":\"limited@x.test\",\"password\":\"wrong-one\"}").expect(401);
        }
        var limited = call("POST", "/api/v1/auth/login", null,
                "{\"user\":\"" + ADMIN_USER + "\",\"password\":\"" + ADMIN_PASS + "\"}").expect(429);
        assertTrue(Integer.parseInt(limited.raw().headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals("rate_limited", limited.error().get("code"));
    }
}
