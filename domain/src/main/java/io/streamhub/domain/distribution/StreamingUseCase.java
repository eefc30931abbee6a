package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rows of the seeds' decision matrix (docs/pricing.md), each with its wire name, accepted aliases and
 * the latency the row assumes when the caller gives none. {@link #OTHER} applies only the general rules.
 */
public enum StreamingUseCase {
    MONITORING(LatencyTarget.REALTIME, "cctv", "qc"),
    LIVE_SHOPPING(LatencyTarget.REALTIME, "auction"),
    CLASSROOM(LatencyTarget.REALTIME, "webinar"),
    REGIONAL_EVENT(LatencyTarget.STANDARD),
    MASS_EVENT(LatencyTarget.RELAXED),
    RADIO(LatencyTarget.STANDARD, "audio"),
    CLOSED_NETWORK(LatencyTarget.REALTIME, "sovereignty"),
    VOD(LatencyTarget.STANDARD),
    OTHER(LatencyTarget.STANDARD);

    private final LatencyTarget defaultLatency;
    private final List<String> aliases;

    StreamingUseCase(LatencyTarget defaultLatency, String... aliases) {
        this.defaultLatency = defaultLatency;
        this.aliases = List.of(aliases);
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public LatencyTarget defaultLatency() {
        return defaultLatency;
    }

    public List<String> aliases() {
        return aliases;
    }

    public static StreamingUseCase parse(String field, String value) {
        for (StreamingUseCase useCase : values()) {
            if (useCase.wireName().equals(value) || useCase.aliases.contains(value)) {
                return useCase;
            }
        }
        throw new InvalidInputException(field, field + " must be one of "
                + Arrays.stream(values()).map(StreamingUseCase::wireName).collect(Collectors.joining(", "))
                + " (aliases: cctv, qc, auction, webinar, audio, sovereignty)");
    }
}
