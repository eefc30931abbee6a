package io.streamhub.adapter.persistence.node;

import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Media nodes in the global SQLite store; a node's last stats report is kept as its JSON object. */
@Singleton
public class JdbcNodeRegistry implements NodeRegistry {
    private final NodeRows rows;

    JdbcNodeRegistry(NodeRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<RegisteredNode> find(NodeId id) {
        return rows.findById(id.value()).map(JdbcNodeRegistry::toDomain);
    }

    @Override
    public Optional<RegisteredNode> findByName(String name) {
        return rows.findByName(name).map(JdbcNodeRegistry::toDomain);
    }

    @Override
    public List<RegisteredNode> all() {
        return rows.listOldestFirst().stream().map(JdbcNodeRegistry::toDomain).toList();
    }

    @Override
    public void save(Node node, String statsJson) {
        NodeRow row = toRow(node, statsJson);
        if (rows.existsById(row.id())) {
            rows.update(row);
        } else {
            rows.save(row);
        }
    }

    @Override
    public boolean delete(NodeId id) {
        if (!rows.existsById(id.value())) {
            return false;
        }
        rows.deleteById(id.value());
        return true;
    }

    private static RegisteredNode toDomain(NodeRow r) {
        Node node = new Node(new NodeId(r.id()), r.name(), r.url(), r.region().isEmpty() ? Optional.empty() : Optional.of(r.region()),
                NodeStatus.parse(r.status()), r.createdAt(), Optional.ofNullable(r.lastSeenAt()), Optional.ofNullable(r.mediaNodeId()),
                new NodeCapacity(r.maxCpu(), r.nicBps(), r.maxParticipants()),
                new NodeLoad(r.cpu(), r.txBps(), r.participants(), r.rooms()));
        return new RegisteredNode(node, r.statsJson());
    }

    private static NodeRow toRow(Node n, String statsJson) {
        return new NodeRow(n.id().value(), n.name(), n.url(), n.region().orElse(""), n.status().key(), n.createdAt(),
                n.lastSeenAt().orElse(null), statsJson, n.mediaNodeId().orElse(null), n.capacity().maxCpu(), n.capacity().nicBitsPerSecond(),
                n.capacity().maxParticipants(), n.load().cpu(), n.load().txBitsPerSecond(), n.load().participants(),
                n.load().rooms());
    }
}
