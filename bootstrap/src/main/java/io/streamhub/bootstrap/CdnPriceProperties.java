package io.streamhub.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One CDN's list prices as configured under {@code streamhub.distribution.prices.<provider>} (docs/pricing.md):
 * {@code tiers} ({@code SIZE@USD_PER_GB,…,rest@USD_PER_GB}), {@code request-fee} ({@code USD/COUNT} or 0) and a
 * free-text {@code note}. Parsed and validated into the domain's price lists by {@link DistributionPricingFactory}.
 */
@EachProperty("streamhub.distribution.prices")
public class CdnPriceProperties {
    private final String provider;
    private String tiers;
    private String requestFee = "0";
    private String note = "";
    private int order = Integer.MAX_VALUE;

    public CdnPriceProperties(@Parameter String provider) {
        this.provider = provider;
    }

    public String getProvider() {
        return provider;
    }

    public String getTiers() {
        return tiers;
    }

    public void setTiers(String tiers) {
        this.tiers = tiers;
    }

    public String getRequestFee() {
        return requestFee;
    }

    public void setRequestFee(String requestFee) {
        this.requestFee = requestFee;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Position in answers listing every provider (then by name). */
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
