package io.streamhub.application.service;

import io.streamhub.application.port.in.DistributionAdviceUseCases.EstimateEventCostQuery;
import io.streamhub.application.port.in.DistributionAdviceUseCases.EstimateEventCostUseCase;
import io.streamhub.application.port.in.DistributionAdviceUseCases.RecommendDistributionQuery;
import io.streamhub.application.port.in.DistributionAdviceUseCases.RecommendDistributionUseCase;
import io.streamhub.domain.distribution.DistributionAdvice;
import io.streamhub.domain.distribution.DistributionAdvisor;
import io.streamhub.domain.distribution.EventEstimate;
import io.streamhub.domain.distribution.PriceBook;
import java.util.List;

/** Event pricing against the operator's price book, and the distribution-mode advice. No state, no ports. */
public class DistributionAdviceService implements EstimateEventCostUseCase, RecommendDistributionUseCase {
    private final PriceBook prices;

    public DistributionAdviceService(PriceBook prices) {
        this.prices = prices;
    }

    @Override
    public EventEstimate estimate(EstimateEventCostQuery query) {
        return prices.estimate(query.event(), query.provider());
    }

    @Override
    public List<String> providers() {
        return prices.providers();
    }

    @Override
    public DistributionAdvice recommend(RecommendDistributionQuery query) {
        return DistributionAdvisor.recommend(query.useCase(), query.audience(), query.latency());
    }
}
