package io.streamhub.application.port.in;

import io.streamhub.domain.distribution.DistributionAdvice;
import io.streamhub.domain.distribution.EventEstimate;
import io.streamhub.domain.distribution.EventProfile;
import io.streamhub.domain.distribution.LatencyTarget;
import io.streamhub.domain.distribution.StreamingUseCase;
import java.util.List;
import java.util.Optional;

/** Driving ports for planning an event before it happens: what it costs at each CDN, and which mode fits it. */
public final class DistributionAdviceUseCases {
    private DistributionAdviceUseCases() {
    }

    /** Prices an event at the configured list prices. Read-only. */
    public interface EstimateEventCostUseCase {
        EventEstimate estimate(EstimateEventCostQuery query);

        /** The providers priced, in the configured order. */
        List<String> providers();
    }

    /** @param provider one provider's name, or empty for all of them */
    public record EstimateEventCostQuery(EventProfile event, Optional<String> provider) {
    }

    /** The seeds' decision matrix. Read-only. */
    public interface RecommendDistributionUseCase {
        DistributionAdvice recommend(RecommendDistributionQuery query);
    }

    /** @param latency empty: the use case's own latency */
    public record RecommendDistributionQuery(StreamingUseCase useCase, long audience, Optional<LatencyTarget> latency) {
    }
}
