package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.streamhub.application.service.DistributionAdviceService;
import io.streamhub.domain.distribution.PriceBook;
import io.streamhub.domain.distribution.PriceList;
import io.streamhub.domain.error.InvalidInputException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Event pricing and distribution advice (docs/pricing.md). The price book is built eagerly ({@link Context}):
 * a malformed price in {@code streamhub.distribution.prices.*} stops the start with the key named, instead
 * of surfacing as a 500 on the first estimate.
 */
@Factory
public class DistributionPricingFactory {
    static final String PREFIX = "streamhub.distribution.prices.";

    @Context
    PriceBook priceBook(Collection<CdnPriceProperties> configured) {
        return priceBookOf(configured);
    }

    @Singleton
    DistributionAdviceService distributionAdviceService(PriceBook prices) {
        return new DistributionAdviceService(prices);
    }

    static PriceBook priceBookOf(Collection<CdnPriceProperties> configured) {
        if (configured.isEmpty()) {
            throw new IllegalStateException(PREFIX + "*: no CDN price list is configured");
        }
        List<PriceList> lists = configured.stream()
                .sorted(Comparator.comparingInt(CdnPriceProperties::getOrder).thenComparing(CdnPriceProperties::getProvider))
                .map(DistributionPricingFactory::priceList)
                .toList();
        return new PriceBook(lists);
    }

    private static PriceList priceList(CdnPriceProperties p) {
        try {
            return PriceList.parse(p.getProvider(), p.getTiers(), p.getRequestFee(), p.getNote());
        } catch (InvalidInputException e) {
            String key = switch (e.field()) {
                case "requestFee" -> "request-fee";
                case "provider" -> "";
                default -> e.field();
            };
            throw new IllegalStateException(PREFIX + p.getProvider() + (key.isEmpty() ? "" : "." + key) + ": " + e.getMessage(), e);
        }
    }
}
