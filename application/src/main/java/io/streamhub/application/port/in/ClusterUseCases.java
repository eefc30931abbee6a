package io.streamhub.application.port.in;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import java.util.List;
import java.util.Optional;

/** Driving ports of the cluster registry. Join and heartbeat authenticate with the cluster token. */
public final class ClusterUseCases {
    private ClusterUseCases() {
    }

    public record JoinCommand(String clusterToken, String name, String ip, Optional<String> region, Optional<String> url) {
    }

    /** What a joining node needs to run LiveKit in this cluster. */
    public record JoinView(Node node, boolean created, String livekitApiKey, String livekitApiSecret, String livekitUrl,
                           Optional<String> redisUrl, Optional<String> publicWsUrl) {
    }

    public record HeartbeatCommand(String clusterToken, NodeId nodeId, Optional<Report> report) {
    }

    /** A heartbeat's stats: the raw JSON object as sent, and what placement reads from it. */
    public record Report(String statsJson, Optional<String> mediaNodeId, NodeCapacity capacity, NodeLoad load) {
    }

    /** A node, its last raw stats report and whether it is stale now. */
    public record NodeView(Node node, String statsJson, boolean stale) {
    }

    public record NodeChanges(Optional<String> name, Optional<String> region, Optional<NodeStatus> status) {
    }

    public record ClusterInfoView(boolean enabled, int nodes, long staleAfterSeconds, String joinCommand) {
    }

    public interface JoinClusterUseCase {
        JoinView join(JoinCommand command);

        void heartbeat(HeartbeatCommand command);
    }

    public interface ManageNodesUseCase {
        List<NodeView> nodes();

        NodeView update(NodeId id, NodeChanges changes);

        void delete(NodeId id);

        ClusterInfoView info();
    }
}
