package io.streamhub.domain.callback;

import io.streamhub.domain.error.ConflictException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One event on its way to one endpoint. Every attempt carries the same event id, so a receiver
 * that got it twice can tell. PENDING until a 2xx (DELIVERED) or until the receiver refuses it or
 * the retry window closes (DEAD, a dead letter kept for inspection and redelivery).
 *
 * @param retryFrom when the current retry window opened: creation, or the last redelivery
 */
public record Delivery(String id, String eventId, String endpointId, Status status, int attempts,
                       Optional<Instant> nextAttemptAt, Instant retryFrom, Instant createdAt,
                       OptionalInt lastStatus, Optional<String> lastError) {

    public enum Status { PENDING, DELIVERED, DEAD }

    /** What one attempt saw: a status code, or none with an error (network, timeout, refused address). */
    public record Attempt(int number, Instant at, OptionalInt statusCode, long latencyMillis, Optional<String> error) {
        public RetryPolicy.Verdict verdict() {
            return RetryPolicy.classify(statusCode);
        }
    }

    public static Delivery first(String id, String eventId, String endpointId, Instant now) {
        return new Delivery(id, eventId, endpointId, Status.PENDING, 0, Optional.of(now), now, now,
                OptionalInt.empty(), Optional.empty());
    }

    /** The state after {@code attempt}; {@code jitter} is a uniform random number in [0, 1). */
    public Delivery after(Attempt attempt, RetryPolicy policy, double jitter) {
        Optional<String> error = attempt.error().or(() -> attempt.statusCode().isPresent()
                && attempt.verdict() != RetryPolicy.Verdict.DELIVERED
                ? Optional.of("receiver answered " + attempt.statusCode().getAsInt()) : Optional.empty());
        int made = attempts + 1;
        return switch (attempt.verdict()) {
            case DELIVERED -> new Delivery(id, eventId, endpointId, Status.DELIVERED, made, Optional.empty(), retryFrom,
                    createdAt, attempt.statusCode(), Optional.empty());
            case GIVE_UP -> dead(made, attempt, error);
            case RETRY -> {
                Optional<Instant> next = policy.nextAttempt(made, retryFrom, attempt.at(), jitter);
                yield next.isEmpty() ? dead(made, attempt, error)
                        : new Delivery(id, eventId, endpointId, Status.PENDING, made, next, retryFrom, createdAt,
                        attempt.statusCode(), error);
            }
        };
    }

    /** The delivery cannot be attempted (its endpoint is gone or has no URL): a dead letter at once. */
    public Delivery undeliverable(String reason) {
        return new Delivery(id, eventId, endpointId, Status.DEAD, attempts, Optional.empty(), retryFrom, createdAt,
                lastStatus, Optional.of(reason));
    }

    /** A delivered event or a dead letter goes out again, under the same id, with a fresh retry window. */
    public Delivery redeliver(Instant now) {
        if (status == Status.PENDING) {
            throw new ConflictException("id", "delivery " + id + " is still pending: it will be retried on its own");
        }
        return new Delivery(id, eventId, endpointId, Status.PENDING, attempts, Optional.of(now), now, createdAt,
                lastStatus, lastError);
    }

    private Delivery dead(int made, Attempt attempt, Optional<String> error) {
        return new Delivery(id, eventId, endpointId, Status.DEAD, made, Optional.empty(), retryFrom, createdAt,
                attempt.statusCode(), error);
    }
}
