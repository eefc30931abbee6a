package io.streamhub.application.port.out;

/** Readings of the machine a node agent runs on; rates are measured between two calls. */
public interface MachineSampler {

    /** {@code cpu} is the busy fraction of all cores since the previous sample (0 on the first). */
    record MachineSample(int cores, double cpu, double load1, long memTotalBytes, long memAvailableBytes,
                         long txBitsPerSecond, long rxBitsPerSecond) {
    }

    MachineSample sample();
}
