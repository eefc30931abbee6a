package io.streamhub.domain.ipaccess;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bans an address once it commits {@code maxOffenses} offenses within {@code window}. The n-th ban
 * (n counted from 0) lasts {@code baseBanTime × 2^n}, at most seven days. Offenses while banned do not
 * extend the ban. An address is forgotten (and its escalation with it) seven days after its last
 * ban ended, or once its offenses leave the window if it was never banned.
 */
public record AutobanPolicy(int maxOffenses, Duration window, Duration baseBanTime) {
    public static final Duration MAX_BAN = Duration.ofDays(7);
    public static final Duration MEMORY = Duration.ofDays(7);
    public static final AutobanPolicy DEFAULTS = new AutobanPolicy(10, Duration.ofSeconds(300), Duration.ofSeconds(900));

    public AutobanPolicy {
        if (maxOffenses < 1) {
            throw new InvalidInputException("STREAMHUB_AUTOBAN_MAX_OFFENSES", "the offense limit must be at least 1");
        }
        if (window.isNegative() || window.isZero()) {
            throw new InvalidInputException("STREAMHUB_AUTOBAN_WINDOW_S", "the offense window must be positive");
        }
        if (baseBanTime.isNegative() || baseBanTime.isZero()) {
            throw new InvalidInputException("STREAMHUB_AUTOBAN_BASE_TTL_S", "the first ban time must be positive");
        }
    }

    /** The length of a ban when the address has already had {@code level} of them. */
    public Duration banTime(int level) {
        Duration time = baseBanTime;
        for (int i = 0; i < level; i++) {
            time = time.multipliedBy(2);
            if (time.compareTo(MAX_BAN) >= 0) {
                return MAX_BAN;
            }
        }
        return time.compareTo(MAX_BAN) > 0 ? MAX_BAN : time;
    }

    /** The record after one more offense at {@code now}; it carries a new ban when this one reached the limit. */
    public Offender offend(Optional<Offender> current, String ip, OffenseKind kind, Instant now) {
        Optional<Offender> known = current.filter(o -> !isForgotten(o, now));
        if (known.isPresent() && known.get().isBannedAt(now)) {
            Offender o = known.get();
            return new Offender(ip, o.reason(), o.firstSeen(), now, o.offenseCount() + 1, o.recent(), o.bannedUntil(),
                    o.escalationLevel());
        }
        List<Instant> recent = new ArrayList<>();
        for (Instant at : known.map(Offender::recent).orElse(List.of())) {
            if (at.plus(window).isAfter(now)) {
                recent.add(at);
            }
        }
        recent.add(now);
        Instant firstSeen = known.map(Offender::firstSeen).orElse(now);
        int count = known.map(Offender::offenseCount).orElse(0) + 1;
        int level = known.map(Offender::escalationLevel).orElse(0);
        Optional<Instant> bannedUntil = known.flatMap(Offender::bannedUntil);
        if (recent.size() >= maxOffenses) {
            return new Offender(ip, kind.key(), firstSeen, now, count, List.of(), Optional.of(now.plus(banTime(level))), level + 1);
        }
        return new Offender(ip, known.map(Offender::reason).orElse(kind.key()), firstSeen, now, count, recent, bannedUntil, level);
    }

    /** Whether the record can be dropped: nothing about it matters any more at {@code now}. */
    public boolean isForgotten(Offender offender, Instant now) {
        if (offender.bannedUntil().isEmpty()) {
            return !offender.lastSeen().plus(window).isAfter(now);
        }
        Instant last = offender.bannedUntil().get().isAfter(offender.lastSeen()) ? offender.bannedUntil().get() : offender.lastSeen();
        return !last.plus(MEMORY).isAfter(now);
    }
}
