package io.streamhub.domain.distribution;

import java.util.List;

/**
 * The priced event: the volume (all of it, the CDN's share, the mesh's share), the requests the CDN
 * bills, and the cost at each provider asked for.
 */
public record EventEstimate(EventProfile event, List<ProviderCost> providers) {
    public EventEstimate {
        providers = List.copyOf(providers);
    }

    public double gb() {
        return event.totalGb();
    }

    public double tb() {
        return event.totalGb() / 1_000;
    }

    public double cdnGb() {
        return event.cdnGb();
    }

    public double p2pGb() {
        return event.totalGb() - event.cdnGb();
    }

    public long cdnRequests() {
        return event.cdnRequests();
    }
}
