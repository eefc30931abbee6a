package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Liveness and readiness for orchestrators, next to the older /health. */
@MicronautTest(transactional = false)
class HealthProbesTest extends ApiTestSupport {

    @Test
    void liveAndReadyAnswerWithoutCredentialsAndReadyReportsLiveKitWithoutFailingOnIt() {
        assertEquals("ok", call("GET", "/api/v1/health/live", null, null).expect(200).data().get("status"));
        Map<String, Object> ready = call("GET", "/api/v1/health/ready", null, null).expect(200).data();
        assertEquals(Map.of("status", "ready", "database", true, "migrations", true, "livekitReachable", false), ready,
                "nothing listens on the LiveKit port of these tests");
        assertEquals("ok", call("GET", "/api/v1/health", null, null).expect(200).data().get("status"));
    }
}
