package io.streamhub.application.port.out;

import io.streamhub.domain.node.NodeHealth;
import java.util.List;

/** Where node health changes go: logs, metrics and, later, callbacks. */
public interface ClusterEvents {
    /** @param affectedRooms the rooms placed on the node, as {@code <app>/<room>} */
    void nodeHealthChanged(NodeHealth.Transition transition, List<String> affectedRooms);
}
