package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With clustering on and its LiveKit named, the core registers that LiveKit as node "origin" and keeps it fresh. */
@MicronautTest(transactional = false)
class OriginNodeTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.cluster.origin-node-id", "ND_origin1");
    }

    @Test
    void theCoreRegistersItsOwnLiveKitAsTheOrigin() throws InterruptedException {
        String admin = adminJwt();
        Map<String, Object> origin = null;
        for (int i = 0; i < 50 && origin == null; i++) {
            origin = call("GET", "/api/v1/cluster/nodes", admin, null).expect(200).list().stream()
                    .filter(n -> "origin".equals(n.get("id"))).findFirst().orElse(null);
            Thread.sleep(100);
        }
        assertEquals("origin", origin == null ? null : origin.get("name"));
        assertEquals("ND_origin1", ((Map<?, ?>) origin.get("stats")).get("livekitNodeId"));
        assertEquals(Boolean.FALSE, origin.get("stale"));
        assertEquals("ws://127.0.0.1:9", origin.get("url"));
    }
}
