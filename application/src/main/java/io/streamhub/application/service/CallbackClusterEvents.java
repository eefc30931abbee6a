package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.ClusterEvents;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeHealth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Node health changes as callbacks: {@code node_stale} / {@code node_recovered} go to each app with
 * rooms placed on the node, carrying that app's rooms only (an app never learns another's rooms).
 */
public final class CallbackClusterEvents implements ClusterEvents {
    private static final System.Logger LOG = System.getLogger(CallbackClusterEvents.class.getName());

    private final AppRepository apps;
    private final CallbackPublisher publisher;

    public CallbackClusterEvents(AppRepository apps, CallbackPublisher publisher) {
        this.apps = apps;
        this.publisher = publisher;
    }

    @Override
    public void nodeHealthChanged(NodeHealth.Transition transition, List<String> affectedRooms) {
        Map<String, List<String>> roomsByApp = new TreeMap<>();
        for (String appAndRoom : affectedRooms) {
            int slash = appAndRoom.indexOf('/');
            if (slash > 0) {
                roomsByApp.computeIfAbsent(appAndRoom.substring(0, slash), a -> new ArrayList<>()).add(appAndRoom.substring(slash + 1));
            }
        }
        String event = transition.change() == NodeHealth.Change.STALE ? EventNames.NODE_STALE : EventNames.NODE_RECOVERED;
        for (Map.Entry<String, List<String>> entry : roomsByApp.entrySet()) {
            Optional<App> app = apps.findByName(AppName.parse("app", entry.getKey()));
            if (app.isEmpty()) {
                continue;
            }
            try {
                publisher.publish(app.get().name(), event, Optional.empty(), data(transition.node(), entry.getValue()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "cannot record " + event + " for app " + entry.getKey(), e);
            }
        }
    }

    private static Map<String, Object> data(Node node, List<String> rooms) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("nodeId", node.id().value());
        data.put("name", node.name());
        data.put("region", node.region().orElse(null));
        data.put("status", node.status().key());
        data.put("lastSeenAt", node.lastSeenAt().map(DateTimeFormatter.ISO_INSTANT::format).orElse(null));
        data.put("rooms", List.copyOf(rooms));
        return data;
    }
}
