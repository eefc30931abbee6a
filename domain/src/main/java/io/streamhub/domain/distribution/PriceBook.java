package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The price lists an operator configured, in a fixed order; prices an event at one or all of them. */
public record PriceBook(List<PriceList> lists) {
    public PriceBook {
        lists = List.copyOf(lists);
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("a price book needs at least one provider");
        }
        if (new HashSet<>(lists.stream().map(PriceList::provider).toList()).size() != lists.size()) {
            throw new IllegalArgumentException("a provider appears twice in the price book");
        }
    }

    public List<String> providers() {
        return lists.stream().map(PriceList::provider).toList();
    }

    /** Prices the event at {@code provider}, or at every provider when empty; an unknown one is a 400 on {@code provider}. */
    public EventEstimate estimate(EventProfile event, Optional<String> provider) {
        List<PriceList> chosen = provider.map(name -> List.of(find(name))).orElse(lists);
        return new EventEstimate(event, chosen.stream().map(prices -> ProviderCost.of(prices, event)).toList());
    }

    private PriceList find(String name) {
        return lists.stream().filter(list -> list.provider().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("provider", "provider must be one of "
                        + lists.stream().map(PriceList::provider).collect(Collectors.joining(", "))));
    }
}
