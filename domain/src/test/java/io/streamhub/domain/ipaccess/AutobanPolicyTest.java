package io.streamhub.domain.ipaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AutobanPolicyTest {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final String IP = "198.51.100.7";

    /** The catalog's defaults: 10 offenses within 300 s, first ban 900 s. */
    private final AutobanPolicy policy = AutobanPolicy.DEFAULTS;

    private Offender offend(Optional<Offender> from, int times, Instant at) {
        Optional<Offender> current = from;
        for (int i = 0; i < times; i++) {
            current = Optional.of(policy.offend(current, IP, OffenseKind.LOGIN_FAILED, at.plusMillis(i)));
        }
        return current.orElseThrow();
    }

    @Test
    void theDefaultsAreTheCatalogs() {
        assertEquals(new AutobanPolicy(10, Duration.ofSeconds(300), Duration.ofSeconds(900)), AutobanPolicy.DEFAULTS);
    }

    @Test
    void anAddressIsBannedAtTheMaximumNumberOfOffensesWithinTheWindow() {
        Offender nine = offend(Optional.empty(), 9, T0);
        assertFalse(nine.isBannedAt(T0.plusSeconds(1)));

        Offender ten = offend(Optional.of(nine), 1, T0.plusSeconds(1));

        assertTrue(ten.isBannedAt(T0.plusSeconds(1)));
        assertEquals(Optional.of(T0.plusSeconds(1 + 900)), ten.bannedUntil());
        assertEquals(1, ten.escalationLevel());
        assertEquals(10, ten.offenseCount());
        assertEquals("login_failed", ten.reason());
        assertEquals(T0, ten.firstSeen());
    }

    @Test
    void offensesOlderThanTheWindowNoLongerCount() {
        Offender nine = offend(Optional.empty(), 9, T0);

        Offender late = offend(Optional.of(nine), 1, T0.plusSeconds(301));

        assertFalse(late.isBannedAt(T0.plusSeconds(301)));
        assertEquals(1, late.recent().size());
    }

    @Test
    void theBanEndsOnSchedule() {
        Offender banned = offend(Optional.empty(), 10, T0);
        Instant end = banned.bannedUntil().orElseThrow();

        assertTrue(banned.isBannedAt(end.minusMillis(1)));
        assertFalse(banned.isBannedAt(end));
    }

    @Test
    void offensesWhileBannedDoNotExtendTheBan() {
        Offender banned = offend(Optional.empty(), 10, T0);

        Offender again = offend(Optional.of(banned), 50, T0.plusSeconds(60));

        assertEquals(banned.bannedUntil(), again.bannedUntil());
        assertEquals(banned.escalationLevel(), again.escalationLevel());
    }

    @Test
    void eachNewBanDoublesTheTimeUpToSevenDays() {
        assertEquals(Duration.ofSeconds(900), policy.banTime(0));
        assertEquals(Duration.ofSeconds(1800), policy.banTime(1));
        assertEquals(Duration.ofSeconds(3600), policy.banTime(2));
        assertEquals(Duration.ofDays(7), policy.banTime(10));
        assertEquals(Duration.ofDays(7), policy.banTime(1000));
    }

    @Test
    void aSecondBanAfterTheFirstEndedLastsTwiceAsLong() {
        Offender first = offend(Optional.empty(), 10, T0);
        Instant afterFirst = first.bannedUntil().orElseThrow().plusSeconds(1);

        Offender second = offend(Optional.of(first), 10, afterFirst);

        assertEquals(2, second.escalationLevel());
        assertEquals(Duration.ofSeconds(1800), Duration.between(afterFirst.plusMillis(9), second.bannedUntil().orElseThrow()));
    }

    @Test
    void aRecordIsForgottenSevenDaysAfterItsLastBanOrOffense() {
        Offender banned = offend(Optional.empty(), 10, T0);
        Instant end = banned.bannedUntil().orElseThrow();

        assertFalse(policy.isForgotten(banned, end.plus(Duration.ofDays(7)).minusSeconds(1)));
        assertTrue(policy.isForgotten(banned, end.plus(Duration.ofDays(7))));

        Offender fresh = offend(Optional.of(banned), 1, end.plus(Duration.ofDays(8)));
        assertEquals(0, fresh.escalationLevel());
        assertEquals(1, fresh.offenseCount());
    }

    @Test
    void impossibleSettingsAreRefused() {
        assertThrows(InvalidInputException.class, () -> new AutobanPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThrows(InvalidInputException.class, () -> new AutobanPolicy(1, Duration.ZERO, Duration.ofSeconds(1)));
        assertThrows(InvalidInputException.class, () -> new AutobanPolicy(1, Duration.ofSeconds(1), Duration.ZERO));
    }
}
