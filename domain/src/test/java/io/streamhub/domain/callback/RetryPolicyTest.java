package io.streamhub.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant t0 = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void twoHundredsAreDelivered() {
        assertEquals(RetryPolicy.Verdict.DELIVERED, RetryPolicy.classify(OptionalInt.of(200)));
        assertEquals(RetryPolicy.Verdict.DELIVERED, RetryPolicy.classify(OptionalInt.of(204)));
        assertEquals(RetryPolicy.Verdict.DELIVERED, RetryPolicy.classify(OptionalInt.of(299)));
    }

    @Test
    void networkErrorsTimeoutsThrottlingAndServerErrorsAreRetried() {
        assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.classify(OptionalInt.empty()));
        for (int status : new int[] {408, 429, 500, 502, 503, 504, 599}) {
            assertEquals(RetryPolicy.Verdict.RETRY, RetryPolicy.classify(OptionalInt.of(status)), "status " + status);
        }
    }

    @Test
    void otherClientErrorsAndRedirectsGiveUp() {
        for (int status : new int[] {300, 301, 302, 400, 401, 403, 404, 410, 413, 422}) {
            assertEquals(RetryPolicy.Verdict.GIVE_UP, RetryPolicy.classify(OptionalInt.of(status)), "status " + status);
        }
    }

    @Test
    void delaysDoubleFromTheFirstAndStopAtTheCeiling() {
        assertEquals(Duration.ofSeconds(10), policy.delayBefore(2));
        assertEquals(Duration.ofSeconds(20), policy.delayBefore(3));
        assertEquals(Duration.ofSeconds(40), policy.delayBefore(4));
        assertEquals(Duration.ofHours(1), policy.delayBefore(12));
        assertEquals(Duration.ofHours(1), policy.delayBefore(500));
    }

    @Test
    void jitterSpreadsTheDelayOverItsUpperHalf() {
        Instant low = policy.nextAttempt(1, t0, t0, 0.0).orElseThrow();
        Instant high = policy.nextAttempt(1, t0, t0, 0.999).orElseThrow();
        assertEquals(t0.plusSeconds(5), low);
        assertTrue(high.isAfter(t0.plusMillis(9_980)) && high.isBefore(t0.plusSeconds(10)), high.toString());
    }

    @Test
    void noAttemptIsScheduledPastTheGiveUpWindow() {
        Instant nearlyADayLater = t0.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(30));
        assertEquals(Optional.empty(), policy.nextAttempt(30, t0, nearlyADayLater, 0.5));
        Instant early = t0.plus(Duration.ofHours(2));
        assertTrue(policy.nextAttempt(10, t0, early, 0.5).isPresent());
    }

    @Test
    void aRetryCountOverOneDayWithDefaultsIsBounded() {
        int attempts = 1;
        Instant now = t0;
        while (true) {
            Optional<Instant> next = policy.nextAttempt(attempts, t0, now, 1.0);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts++;
        }
        assertTrue(attempts > 20 && attempts < 40, "attempts " + attempts);
        assertTrue(now.isBefore(t0.plus(Duration.ofHours(24))));
    }

    @Test
    void delaysMustBePositiveAndOrdered() {
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), Duration.ofHours(24)));
        assertThrows(InvalidInputException.class, () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ZERO));
    }
}
