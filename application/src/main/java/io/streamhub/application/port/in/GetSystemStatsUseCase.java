package io.streamhub.application.port.in;

import io.streamhub.application.port.out.HostProbe;
import java.time.Instant;

/** Host and store readings for operators. */
public interface GetSystemStatsUseCase {

    record Counts(long apps, long tenants, long activeStreams, long apiTokens) {
    }

    record SystemStats(Instant ts, long uptimeSeconds, String version, HostProbe.Cpu cpu, HostProbe.Memory memory,
                       HostProbe.Disk disk, Counts counts, HostProbe.Storage storage) {
    }

    record Health(String status, String version, Instant ts, long uptimeSeconds) {
    }

    SystemStats stats();

    /** Cheap: no I/O. */
    Health health();
}
