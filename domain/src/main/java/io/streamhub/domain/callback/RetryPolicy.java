package io.streamhub.domain.callback;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When to try a callback again. The n-th attempt waits {@code first * 2^(n-2)}, capped at
 * {@code ceiling}, with "equal jitter" (a random point in the upper half of that delay) so a
 * receiver that comes back is not hit by every queued event at the same instant. No attempt is
 * scheduled more than {@code giveUpAfter} after the delivery's window opened: it becomes a dead letter.
 */
public record RetryPolicy(Duration first, Duration ceiling, Duration giveUpAfter) {

    public enum Verdict { DELIVERED, RETRY, GIVE_UP }

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new InvalidInputException("retry", "retry delays must be positive, with the ceiling at least the first delay");
        }
    }

    /**
     * 2xx delivers; no answer (network error, timeout), 408, 429 and 5xx are retried; anything else
     * (other 4xx, and 3xx: redirects are not followed) means the receiver refuses the event.
     */
    public static Verdict classify(OptionalInt status) {
        if (status.isEmpty()) {
            return Verdict.RETRY;
        }
        int s = status.getAsInt();
        if (s >= 200 && s < 300) {
            return Verdict.DELIVERED;
        }
        return s == 408 || s == 429 || s >= 500 ? Verdict.RETRY : Verdict.GIVE_UP;
    }

    /** The full delay before attempt {@code attempt} (2 or more), before jitter. */
    public Duration delayBefore(int attempt) {
        int doublings = Math.max(0, attempt - 2);
        if (doublings >= 40) {
            return ceiling;
        }
        Duration d = first.multipliedBy(1L << doublings);
        return d.compareTo(ceiling) > 0 ? ceiling : d;
    }

    /**
     * @param attemptsMade attempts so far (at least 1)
     * @param windowStart when the delivery's retry window opened (creation or last redelivery)
     * @param jitter a uniform random number in [0, 1)
     * @return when to try next, or empty when that would fall past the give-up window
     */
    public Optional<Instant> nextAttempt(int attemptsMade, Instant windowStart, Instant now, double jitter) {
        Duration full = delayBefore(attemptsMade + 1);
        long halfMillis = full.toMillis() / 2;
        Instant next = now.plusMillis(halfMillis + (long) (Math.min(Math.max(jitter, 0.0), 1.0) * (full.toMillis() - halfMillis)));
        return next.isAfter(windowStart.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
