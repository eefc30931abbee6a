package io.streamhub.domain.node;

/** A node's last reported load: CPU busy fraction, NIC egress, and what its LiveKit serves. */
public record NodeLoad(double cpu, long txBitsPerSecond, int participants, int rooms) {
    public static final NodeLoad IDLE = new NodeLoad(0, 0, 0, 0);
}
