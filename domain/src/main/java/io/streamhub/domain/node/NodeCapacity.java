package io.streamhub.domain.node;

import io.streamhub.domain.error.InvalidInputException;

/**
 * What a node may carry before it counts as full: a CPU ceiling (fraction of all cores), its NIC's
 * egress in bits per second, and a participant cap. The seeds' single-node profile: 1 Gbps saturates
 * at roughly 300–400 WebRTC viewers at 2.5 Mbps, and CPU caps around 1–1.5k subscribers on 8 cores.
 */
public record NodeCapacity(double maxCpu, long nicBitsPerSecond, int maxParticipants) {
    public static final NodeCapacity DEFAULT = new NodeCapacity(0.85, 1_000_000_000L, 1000);

    public NodeCapacity {
        if (maxCpu <= 0 || maxCpu > 1) {
            throw new InvalidInputException("capacity.maxCpu", "capacity.maxCpu must be in (0, 1]");
        }
        if (nicBitsPerSecond <= 0) {
            throw new InvalidInputException("capacity.nicBitsPerSecond", "capacity.nicBitsPerSecond must be positive");
        }
        if (maxParticipants <= 0) {
            throw new InvalidInputException("capacity.maxParticipants", "capacity.maxParticipants must be positive");
        }
    }
}
