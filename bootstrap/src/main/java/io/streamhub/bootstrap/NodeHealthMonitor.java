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
        String event = t.change() == NodeHealth.Change.STALE ? "node_stale" : "node_recovered";
        String line = "event={} node_id={} node_name={} last_seen_at={} affected_rooms={} rooms={}";
        Object[] args = {event, t.node().id().value(), t.node().name(), t.node().lastSeenAt().map(Object::toString).orElse("never"),
                affectedRooms.size(), String.join(",", affectedRooms)};
        if (t.change() == NodeHealth.Change.STALE) {
            LOG.warn(line, args);
        } else {
            LOG.info(line, args);
        }
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
