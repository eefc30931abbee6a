package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.port.in.DistributionAdviceUseCases.EstimateEventCostQuery;
import io.streamhub.application.port.in.DistributionAdviceUseCases.RecommendDistributionQuery;
import io.streamhub.domain.distribution.DistributionMode;
import io.streamhub.domain.distribution.EventEstimate;
import io.streamhub.domain.distribution.EventProfile;
import io.streamhub.domain.distribution.PriceBook;
import io.streamhub.domain.distribution.PriceList;
import io.streamhub.domain.distribution.StreamingUseCase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistributionAdviceServiceTest {
    final DistributionAdviceService service = new DistributionAdviceService(new PriceBook(List.of(
            PriceList.parse("cheap", "0.001", "0", ""), PriceList.parse("dear", "1", "1/1", ""))));

    @Test
    void pricesAnEventAtTheConfiguredListsOnly() {
        EventProfile event = new EventProfile(10, 8, 1, 4, 0);
        EventEstimate all = service.estimate(new EstimateEventCostQuery(event, Optional.empty()));
        assertEquals(List.of("cheap", "dear"), all.providers().stream().map(p -> p.provider()).toList());
        assertEquals(36.0, all.gb(), 1e-9);
        EventEstimate dear = service.estimate(new EstimateEventCostQuery(event, Optional.of("dear")));
        assertEquals(36.0 + 10 * 900 * 2, dear.providers().get(0).cost(), 1e-9);
        assertEquals(List.of("cheap", "dear"), service.providers());
    }

    @Test
    void recommendsFromTheMatrix() {
        assertEquals(DistributionMode.HYBRID, service.recommend(new RecommendDistributionQuery(
                StreamingUseCase.MASS_EVENT, 200_000, Optional.empty())).mode());
    }
}
