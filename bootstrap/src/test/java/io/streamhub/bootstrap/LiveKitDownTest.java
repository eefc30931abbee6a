package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With LiveKit unreachable, its routes answer 503 with a reason and nothing else is disturbed. */
@MicronautTest(transactional = false)
class LiveKitDownTest extends ApiTestSupport {

    @Test
    void liveKitRoutesAre503WhileEverythingElseAnswers() {
        String admin = adminJwt();
        for (String path : List.of("/api/v1/apps/live/rooms", "/api/v1/apps/live/ingress", "/api/v1/apps/live/rooms/show/participants")) {
            Map<String, Object> error = call("GET", path, admin, null).expect(503).error();
            assertEquals("livekit_unavailable", error.get("code"), path);
        }
        call("GET", "/api/v1/health", null, null).expect(200);
        call("GET", "/api/v1/apps", admin, null).expect(200);
        // tokens are signed locally: LiveKit being down does not stop them
        call("POST", "/api/v1/apps/live/tokens", admin, "{\"room\":\"show\"}").expect(201);
    }

    @Test
    void streamsAreShownFromTheLedgerWithoutLiveNumbers() {
        String admin = adminJwt();
        Reply streams = call("GET", "/api/v1/apps/live/streams", admin, null).expect(200);
        assertTrue(streams.list().isEmpty());
        assertNull(streams.error());
    }
}
