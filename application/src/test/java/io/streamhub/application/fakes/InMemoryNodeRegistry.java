package io.streamhub.application.fakes;

import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryNodeRegistry implements NodeRegistry {
    private final Map<NodeId, RegisteredNode> nodes = new ConcurrentHashMap<>();

    @Override
    public Optional<RegisteredNode> find(NodeId id) {
        return Optional.ofNullable(nodes.get(id));
    }

    @Override
    public Optional<RegisteredNode> findByName(String name) {
        return nodes.values().stream().filter(r -> r.node().name().equals(name)).findFirst();
    }

    @Override
    public List<RegisteredNode> all() {
        return nodes.values().stream().sorted(Comparator.comparing((RegisteredNode r) -> r.node().createdAt())).toList();
    }

    @Override
    public void save(Node node, String statsJson) {
        nodes.put(node.id(), new RegisteredNode(node, statsJson));
    }

    @Override
    public boolean delete(NodeId id) {
        return nodes.remove(id) != null;
    }
}
