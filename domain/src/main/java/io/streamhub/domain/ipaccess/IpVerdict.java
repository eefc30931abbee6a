package io.streamhub.domain.ipaccess;

import java.time.Instant;

/** What happens to one request from one address. */
public sealed interface IpVerdict {

    /** Let through; {@code immune} when an allow rule names the address. */
    record Pass(boolean immune) implements IpVerdict {
    }

    /** Refused until the ban ends. */
    record Banned(Instant until) implements IpVerdict {
    }

    /** Refused by a rule (enforce mode). */
    record Blocked(String reason) implements IpVerdict {
    }

    /** Would have been refused; let through because the mode is {@code log}. */
    record WouldBlock(String reason) implements IpVerdict {
    }
}
