package io.streamhub.domain.audit;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which entries to list, newest first. Every criterion is optional; {@code actor} matches the actor's id,
 * its {@code kind:id} label or its e-mail. {@code since} is inclusive, {@code until} exclusive.
 */
public record AuditSearch(Optional<String> actor, Optional<String> action, Optional<String> app,
                          Optional<AuditOutcome> outcome, Optional<Instant> since, Optional<Instant> until,
                          int limit, int offset) {
    public static final int MAX_LIMIT = 500;

    public AuditSearch {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative");
        }
    }
}
