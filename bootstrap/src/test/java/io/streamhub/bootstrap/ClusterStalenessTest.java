package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A node not seen within STREAMHUB_NODE_STALE_SECONDS (1 s here) is reported stale until its next heartbeat. */
@MicronautTest(transactional = false)
class ClusterStalenessTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.cluster.node-stale-seconds", "1");
    }

    private Object stale(String admin, String id) {
        return call("GET", "/api/v1/cluster/nodes", admin, null).expect(200).list().stream()
                .filter(n -> id.equals(n.get("id"))).findFirst().orElseThrow().get("stale");
    }

    @Test
    void aSilentNodeTurnsStaleAndAHeartbeatRevivesIt() throws InterruptedException {
        String admin = adminJwt();
        String id = (String) call("POST", "/api/v1/cluster/join", null, "{\"name\":\"edge-s\",\"ip\":\"127.0.0.2\"}",
                "X-Cluster-Token", CLUSTER_TOKEN).expect(201).data().get("nodeId");
        assertEquals(Boolean.FALSE, stale(admin, id));
        Thread.sleep(1_600);
        assertEquals(Boolean.TRUE, stale(admin, id));
        call("POST", "/api/v1/cluster/heartbeat", null, "{\"nodeId\":\"" + id + "\"}", "X-Cluster-Token", CLUSTER_TOKEN).expect(200);
        assertEquals(Boolean.FALSE, stale(admin, id));
    }
}
