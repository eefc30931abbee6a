package io.streamhub.domain.vod;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.Optional;

/** A page of an app's VODs, newest first: filters on room, status and start time (inclusive). */
public record VodSearch(Optional<String> room, Optional<VodStatus> status, Optional<Instant> since, Optional<Instant> until,
                        int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public VodSearch {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more");
        }
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new InvalidInputException("since", "since must not be after until");
        }
    }
}
