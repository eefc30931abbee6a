package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Price lists are configuration: an operator overrides a provider's prices or adds a provider; bad prices stop the start. */
@MicronautTest(transactional = false)
class DistributionPriceOverrideTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of(
                "streamhub.distribution.prices.bunny.tiers", "0.01",
                "streamhub.distribution.prices.edgeco.tiers", "1TB@0.05,rest@0.03",
                "streamhub.distribution.prices.edgeco.request-fee", "0.5/1M",
                "streamhub.distribution.prices.edgeco.order", "0");
    }

    @Test
    void overriddenAndAddedPricesAreTheOnesUsed() {
        Map<String, Object> e = call("POST", "/api/v1/distribution/estimate", adminJwt(),
                "{\"audience\":1000,\"bitrateMbps\":2.5,\"hours\":1}").expect(200).data();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> providers = (List<Map<String, Object>>) e.get("providers");
        assertEquals(List.of("edgeco", "bunny", "cloudflare", "cloudfront", "fastly"), providers.stream().map(p -> p.get("provider")).toList());
        assertEquals(11.25, ((Number) providers.get(1).get("cost")).doubleValue());
        // 1,000 GB at 0.05 + 125 GB at 0.03; 1.8M requests at $0.5 per million
        assertEquals(53.75, ((Number) providers.get(0).get("bandwidthCost")).doubleValue());
        assertEquals(0.9, ((Number) providers.get(0).get("requestCost")).doubleValue());
        assertEquals("1TB@0.05,rest@0.03", providers.get(0).get("tiers"));
    }

    @Test
    void aMalformedPriceListStopsTheStartNamingItsKey() {
        Map<String, Object> props = new HashMap<>(getProperties());
        props.put("streamhub.distribution.prices.bunny.tiers", "cheap");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> {
            try (ApplicationContext ignored = ApplicationContext.run(props)) {
                // never reached: the price book is built with the context
            }
        });
        String messages = messages(refused);
        assertTrue(messages.contains("streamhub.distribution.prices.bunny.tiers"), messages);
    }

    @Test
    void theFactoryNamesTheFeeKeyToo() {
        CdnPriceProperties bad = new CdnPriceProperties("fastly");
        bad.setTiers("0.12");
        bad.setRequestFee("cheap");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DistributionPricingFactory.priceBookOf(List.of(bad)));
        assertTrue(e.getMessage().startsWith("streamhub.distribution.prices.fastly.request-fee: "), e.getMessage());
        assertThrows(IllegalStateException.class, () -> DistributionPricingFactory.priceBookOf(List.of()));
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
