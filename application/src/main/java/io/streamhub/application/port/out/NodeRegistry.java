package io.streamhub.application.port.out;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeId;
import java.util.List;
import java.util.Optional;

/** The registry of media nodes in the global store, with each node's last raw stats report. */
public interface NodeRegistry {

    /** A node and the JSON object of its last heartbeat's stats ({@code {}} before the first). */
    record RegisteredNode(Node node, String statsJson) {
    }

    Optional<RegisteredNode> find(NodeId id);

    Optional<RegisteredNode> findByName(String name);

    /** Oldest first. */
    List<RegisteredNode> all();

    /** Inserts or replaces the node with the same id. */
    void save(Node node, String statsJson);

    /** @return false when no such node existed */
    boolean delete(NodeId id);
}
