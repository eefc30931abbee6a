package io.streamhub.domain.callback;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The delivery log as operators read it: filters, entries with every attempt, pages. */
public final class DeliveryLog {
    public static final int MAX_LIMIT = 200;

    private DeliveryLog() {
    }

    public record Query(Optional<String> event, Optional<Delivery.Status> status, Optional<String> endpointId,
                        Optional<Instant> since, Optional<Instant> until, int limit, int offset) {
        public Query {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
            }
            if (offset < 0) {
                throw new InvalidInputException("offset", "offset must be 0 or more");
            }
            if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
                throw new InvalidInputException("until", "until must not be before since");
            }
        }
    }

    /** A delivery with its event's name and room, attempts oldest first. */
    public record Entry(Delivery delivery, String event, Optional<String> room, List<Delivery.Attempt> attempts) {
    }

    public record Page(List<Entry> items, long total) {
    }
}
