package io.streamhub.application.port.in;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.error.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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

        /**
         * Reads the keys placement uses — {@code cpu}, {@code txBitsPerSecond}, {@code participants},
         * {@code rooms}, the declared {@code maxCpu}, {@code nicBitsPerSecond}, {@code maxParticipants}
         * and {@code livekitNodeId} — from a stats object; other keys are only kept for display.
         */
        public static Report of(Map<String, Object> stats, String statsJson) {
            NodeCapacity d = NodeCapacity.DEFAULT;
            NodeCapacity capacity = new NodeCapacity(number(stats, "maxCpu", d.maxCpu()),
                    (long) number(stats, "nicBitsPerSecond", d.nicBitsPerSecond()), (int) number(stats, "maxParticipants", d.maxParticipants()));
            NodeLoad load = new NodeLoad(number(stats, "cpu", 0), (long) number(stats, "txBitsPerSecond", 0),
                    (int) number(stats, "participants", 0), (int) number(stats, "rooms", 0));
            Object mediaNodeId = stats.get("livekitNodeId");
            if (mediaNodeId != null && !(mediaNodeId instanceof String id && MEDIA_NODE_ID.matcher(id).matches())) {
                throw new InvalidInputException("stats.livekitNodeId", "stats.livekitNodeId must be LiveKit's node id (e.g. ND_abc123)");
            }
            return new Report(statsJson, Optional.ofNullable((String) mediaNodeId), capacity, load);
        }

        private static double number(Map<String, Object> stats, String key, double fallback) {
            Object value = stats.get(key);
            if (value == null) {
                return fallback;
            }
            if (!(value instanceof Number n) || n.doubleValue() < 0) {
                throw new InvalidInputException("stats." + key, "stats." + key + " must be a non-negative number");
            }
            return n.doubleValue();
        }
    }

    private static final Pattern MEDIA_NODE_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

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
