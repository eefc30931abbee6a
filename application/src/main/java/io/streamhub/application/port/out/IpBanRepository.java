package io.streamhub.application.port.out;

import io.streamhub.domain.ipaccess.Offender;
import java.time.Instant;
import java.util.List;

/** Bans that must survive a restart: one record per banned address (global store). */
public interface IpBanRepository {

    /** Every stored ban, active or ended. */
    List<Offender> list();

    /** Stores the address's ban (its {@code bannedUntil} is present), replacing an older one. */
    void save(Offender banned);

    /** @return false when the address had no record */
    boolean delete(String ip);

    /** Drops the records whose ban ended before {@code before}. */
    void deleteEndedBefore(Instant before);
}
