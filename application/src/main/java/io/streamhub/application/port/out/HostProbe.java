package io.streamhub.application.port.out;

/** Readings of the machine the core runs on. */
public interface HostProbe {
    record Cpu(double[] loadAverage, int cores) {
    }

    record Memory(long totalBytes, long freeBytes, long usedBytes) {
    }

    record Disk(String path, long totalBytes, long freeBytes, long usedBytes) {
    }

    record Storage(long globalDbBytes, long appsDbBytes, long appsDiskBytes) {
    }

    Cpu cpu();

    Memory memory();

    Disk disk();

    Storage storage();
}
