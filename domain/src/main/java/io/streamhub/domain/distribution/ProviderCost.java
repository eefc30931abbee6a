package io.streamhub.domain.distribution;

/**
 * What one provider charges for an event's CDN share, in USD rounded to cents.
 *
 * @param note       what the figure leaves out (a flat monthly plan, a caveat), empty when nothing
 * @param tiers      the bandwidth tiers the figure used, in the price-list notation
 * @param requestFee the request fee the figure used
 */
public record ProviderCost(String provider, double bandwidthCost, double requestCost, double cost, String note,
                           String tiers, String requestFee) {
    public static final String CURRENCY = "USD";

    static ProviderCost of(PriceList prices, EventProfile event) {
        double bandwidth = cents(prices.bandwidthCost(event.cdnGb()));
        double requests = cents(prices.requestCost(event.cdnRequests()));
        return new ProviderCost(prices.provider(), bandwidth, requests, cents(bandwidth + requests), prices.note(),
                prices.tiersText(), prices.requestFee().text());
    }

    static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }
}
