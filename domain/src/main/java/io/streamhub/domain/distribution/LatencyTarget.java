package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How late viewers may be behind the live edge (the seeds' latency column). */
public enum LatencyTarget {
    /** Sub-second, ~0.2 s: WebRTC only. */
    REALTIME,
    /** Plain HLS, 6–15 s. */
    STANDARD,
    /** 10–20 s: HLS plus the buffer a P2P mesh needs (1–2 extra segments). */
    RELAXED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LatencyTarget parse(String field, String value) {
        for (LatencyTarget target : values()) {
            if (target.wireName().equals(value)) {
                return target;
            }
        }
        throw new InvalidInputException(field, field + " must be one of "
                + Arrays.stream(values()).map(LatencyTarget::wireName).collect(Collectors.joining(", ")));
    }
}
