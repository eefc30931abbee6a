package io.streamhub.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.domain.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant t0 = Instant.parse("2026-11-21T00:00:00Z");
    private final Delivery fresh = Delivery.first("d1", "e1", "ep1", t0);

    @Test
    void aNewDeliveryIsDueAtOnce() {
        assertEquals(Delivery.Status.PENDING, fresh.status());
        assertEquals(Optional.of(t0), fresh.nextAttemptAt());
        assertEquals(0, fresh.attempts());
    }

    @Test
    void aTwoHundredDeliversIt() {
        Delivery after = fresh.after(new Delivery.Attempt(1, t0, OptionalInt.of(204), 12, Optional.empty()), policy, 0.5);
        assertEquals(Delivery.Status.DELIVERED, after.status());
        assertEquals(1, after.attempts());
        assertEquals(Optional.empty(), after.nextAttemptAt());
        assertEquals(OptionalInt.of(204), after.lastStatus());
    }

    @Test
    void aServerErrorSchedulesTheNextAttempt() {
        Delivery after = fresh.after(new Delivery.Attempt(1, t0, OptionalInt.of(503), 3, Optional.empty()), policy, 0.0);
        assertEquals(Delivery.Status.PENDING, after.status());
        assertEquals(Optional.of(t0.plusSeconds(5)), after.nextAttemptAt());
        assertEquals(1, after.attempts());
    }

    @Test
    void aGoneReceiverIsADeadLetterAtOnce() {
        Delivery after = fresh.after(new Delivery.Attempt(1, t0, OptionalInt.of(410), 3, Optional.empty()), policy, 0.5);
        assertEquals(Delivery.Status.DEAD, after.status());
        assertEquals(Optional.empty(), after.nextAttemptAt());
        assertEquals(Optional.of("receiver answered 410"), after.lastError());
    }

    @Test
    void aNetworkErrorPastTheWindowIsADeadLetter() {
        Instant late = t0.plus(Duration.ofHours(24));
        Delivery after = fresh.after(new Delivery.Attempt(1, late, OptionalInt.empty(), 10_000, Optional.of("timed out")), policy, 0.5);
        assertEquals(Delivery.Status.DEAD, after.status());
        assertEquals(Optional.of("timed out"), after.lastError());
    }

    @Test
    void redeliveringADeadLetterMakesItDueNowWithAFreshWindow() {
        Instant late = t0.plus(Duration.ofHours(24));
        Delivery dead = fresh.after(new Delivery.Attempt(1, late, OptionalInt.empty(), 1, Optional.of("refused")), policy, 0.5);
        Instant later = late.plus(Duration.ofHours(3));
        Delivery again = dead.redeliver(later);
        assertEquals(Delivery.Status.PENDING, again.status());
        assertEquals(Optional.of(later), again.nextAttemptAt());
        assertEquals(later, again.retryFrom());
        assertEquals("d1", again.id());
        assertEquals(1, again.attempts());
    }

    @Test
    void aPendingDeliveryCannotBeRedelivered() {
        assertThrows(ConflictException.class, () -> fresh.redeliver(t0));
    }

    @Test
    void aDeliveryWithoutAnEndpointIsADeadLetterWithoutAnAttempt() {
        Delivery dead = fresh.undeliverable("endpoint deleted");
        assertEquals(Delivery.Status.DEAD, dead.status());
        assertEquals(0, dead.attempts());
        assertEquals(Optional.of("endpoint deleted"), dead.lastError());
        assertEquals(Delivery.Status.PENDING, dead.redeliver(t0).status());
    }
}
