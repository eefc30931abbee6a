package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.domain.node.NodeHealth;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node not seen within STREAMHUB_NODE_STALE_SECONDS (1 s here) is reported stale until its next
 * heartbeat, and the scheduled health watcher publishes the stale and recovered transitions.
 */
@MicronautTest(transactional = false)
class ClusterStalenessTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.cluster.node-stale-seconds", "1", "streamhub.cluster.health-interval", "200ms",
                "streamhub.test.record-node-health", "true", "streamhub.metrics-token", "metrics-token-staleness");
    }

    /** Stands in for the logging monitor so the test sees what the scheduled watcher published. */
    @Singleton
    @Replaces(NodeHealthMonitor.class)
    @Requires(property = "streamhub.test.record-node-health", value = "true")
    static class RecordingEvents implements ClusterEvents {
        final List<String> published = new CopyOnWriteArrayList<>();

        @Override
        public void nodeHealthChanged(NodeHealth.Transition t, List<String> affectedRooms) {
            published.add(t.change() + " " + t.node().id().value());
        }
    }

    @Inject
    RecordingEvents events;

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
        assertEquals(List.of("STALE " + id), events.published);
        call("POST", "/api/v1/cluster/heartbeat", null, "{\"nodeId\":\"" + id + "\"}", "X-Cluster-Token", CLUSTER_TOKEN).expect(200);
        assertEquals(Boolean.FALSE, stale(admin, id));
        Thread.sleep(600);
        assertEquals(List.of("STALE " + id, "RECOVERED " + id), events.published);
        PrometheusText metrics = PrometheusText.parse(call("GET", "/metrics", "metrics-token-staleness", null).expect(200).raw().body());
        assertEquals(1.0, metrics.value("streamhub_cluster_node_health_transitions_total", "change", "stale"));
        assertEquals(1.0, metrics.value("streamhub_cluster_node_health_transitions_total", "change", "recovered"));
    }
}
