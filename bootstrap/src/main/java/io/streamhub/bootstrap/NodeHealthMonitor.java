package io.streamhub.bootstrap;

import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.application.service.NodeHealthWatcher;
import io.streamhub.domain.node.NodeHealth;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the node health watcher every {@code STREAMHUB_NODE_HEALTH_INTERVAL} (default 15 s) and
 * logs each node that went stale or recovered, with the rooms placed on it, as one structured
 * line an operator can alert on ({@code event=node_stale} / {@code event=node_recovered}).
 */
@Singleton
class NodeHealthMonitor implements ClusterEvents {
    private static final Logger LOG = LoggerFactory.getLogger(NodeHealthMonitor.class);

    @Override
    public void nodeHealthChanged(NodeHealth.Transition t, List<String> affectedRooms) {
        if (t.change() == NodeHealth.Change.STALE) {
            LOG.warn(line(t, affectedRooms));
        } else {
            LOG.info(line(t, affectedRooms));
        }
    }

    /** The key=value line logged for a transition. */
    static String line(NodeHealth.Transition t, List<String> affectedRooms) {
        return "event=" + (t.change() == NodeHealth.Change.STALE ? "node_stale" : "node_recovered")
                + " node_id=" + t.node().id().value() + " node_name=" + t.node().name()
                + " last_seen_at=" + t.node().lastSeenAt().map(Object::toString).orElse("never")
                + " affected_rooms=" + affectedRooms.size() + " rooms=" + String.join(",", affectedRooms);
    }

    @Singleton
    static class Schedule {
        private final NodeHealthWatcher watcher;

        Schedule(NodeHealthWatcher watcher) {
            this.watcher = watcher;
        }

        @Scheduled(fixedDelay = "${streamhub.cluster.health-interval:15s}", initialDelay = "${streamhub.cluster.health-interval:15s}")
        void check() {
            watcher.check();
        }
    }
}
