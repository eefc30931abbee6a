package io.streamhub.application.service;

import io.streamhub.application.port.out.ControlPlaneClient;
import io.streamhub.application.port.out.MachineSampler;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.node.NodeCapacity;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node agent: joins the core, then reports the machine's and the local LiveKit's load on every
 * tick. Failures back off exponentially (up to {@code maxBackoff}); a core that no longer knows the
 * node (deleted) is joined again. The loop itself is the caller's: {@link #tick()} does one step and
 * says how long to wait before the next.
 */
public final class NodeAgent {
    private static final System.Logger LOG = System.getLogger(NodeAgent.class.getName());

    /**
     * Who this node is, as the operator configured it.
     *
     * @param capacity what the operator declares the node can carry (sent with every heartbeat); empty: the core's defaults
     */
    public record Identity(String name, String ip, Optional<String> region, Optional<String> url, Optional<String> liveKitNodeId,
                           Optional<NodeCapacity> capacity) {
        public Identity(String name, String ip, Optional<String> region, Optional<String> url, Optional<String> liveKitNodeId) {
            this(name, ip, region, url, liveKitNodeId, Optional.empty());
        }
    }

    private final ControlPlaneClient core;
    private final MachineSampler machine;
    private final MediaServerGateway liveKit;
    private final Identity identity;
    private final Duration interval;
    private final Duration maxBackoff;
    private Optional<String> nodeId = Optional.empty();
    private Duration backoff;

    public NodeAgent(ControlPlaneClient core, MachineSampler machine, MediaServerGateway liveKit, Identity identity,
                     Duration interval, Duration maxBackoff) {
        this.core = core;
        this.machine = machine;
        this.liveKit = liveKit;
        this.identity = identity;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.backoff = interval;
    }

    public Optional<String> nodeId() {
        return nodeId;
    }

    /** Joins when needed, else sends one heartbeat. @return how long to wait before the next tick */
    public Duration tick() {
        try {
            if (nodeId.isEmpty()) {
                nodeId = Optional.of(core.join(identity.name(), identity.ip(), identity.region(), identity.url()));
                LOG.log(System.Logger.Level.INFO, "joined the cluster as node {0}", nodeId.get());
            }
            if (core.heartbeat(nodeId.get(), stats()) == ControlPlaneClient.HeartbeatResult.UNKNOWN_NODE) {
                LOG.log(System.Logger.Level.WARNING, "the core no longer knows node {0}: joining again", nodeId.get());
                nodeId = Optional.empty();
                return Duration.ZERO;
            }
            backoff = interval;
            return interval;
        } catch (RuntimeException e) {
            Duration wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            LOG.log(System.Logger.Level.WARNING, "cluster call failed ({0}); retrying in {1} s", e.getMessage(), wait.toSeconds());
            return wait;
        }
    }

    /** The stats keys the core's placement reads, plus what operators like to see. */
    Map<String, Object> stats() {
        MachineSampler.MachineSample m = machine.sample();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("cores", m.cores());
        stats.put("cpu", m.cpu());
        stats.put("loadavg1", m.load1());
        stats.put("memTotalBytes", m.memTotalBytes());
        stats.put("memAvailableBytes", m.memAvailableBytes());
        stats.put("txBitsPerSecond", m.txBitsPerSecond());
        stats.put("rxBitsPerSecond", m.rxBitsPerSecond());
        identity.liveKitNodeId().ifPresent(id -> stats.put("livekitNodeId", id));
        identity.capacity().ifPresent(c -> {
            stats.put("maxCpu", c.maxCpu());
            stats.put("nicBitsPerSecond", c.nicBitsPerSecond());
            stats.put("maxParticipants", c.maxParticipants());
        });
        try {
            List<RoomInfo> rooms = liveKit.listRooms(List.of());
            // counted from each room's participant list: ListRooms' num_participants lags (RoomInfo.countedFrom)
            int participants = 0;
            int tracks = 0;
            for (RoomInfo room : rooms) {
                List<ParticipantInfo> present = liveKit.listParticipants(room.name());
                participants += present.size();
                tracks += present.stream().mapToInt(p -> p.tracks().size()).sum();
            }
            stats.put("rooms", rooms.size());
            stats.put("participants", participants);
            stats.put("tracks", tracks);
        } catch (RuntimeException e) {
            stats.put("livekitError", e.getMessage());
        }
        return stats;
    }
}
