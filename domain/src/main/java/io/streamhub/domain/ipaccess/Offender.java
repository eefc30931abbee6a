package io.streamhub.domain.ipaccess;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about one address that misbehaved: its offenses still inside the window
 * ({@code recent}), the total, its current or last ban and how many bans it has had
 * ({@code escalationLevel}). Built and changed only by {@link AutobanPolicy}.
 */
public record Offender(String ip, String reason, Instant firstSeen, Instant lastSeen, int offenseCount,
                       List<Instant> recent, Optional<Instant> bannedUntil, int escalationLevel) {

    public Offender {
        Objects.requireNonNull(ip);
        Objects.requireNonNull(firstSeen);
        Objects.requireNonNull(lastSeen);
        recent = List.copyOf(recent);
        if (offenseCount < 0 || escalationLevel < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** A stored ban, read back after a restart (its window of offenses is not kept). */
    public static Offender restore(String ip, String reason, Instant firstSeen, int offenseCount, Instant bannedUntil,
                                   int escalationLevel) {
        return new Offender(ip, reason, firstSeen, firstSeen, offenseCount, List.of(), Optional.of(bannedUntil), escalationLevel);
    }

    public boolean isBannedAt(Instant now) {
        return bannedUntil.map(now::isBefore).orElse(false);
    }
}
