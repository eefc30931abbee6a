package io.streamhub.adapter.persistence.ipaccess;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.streamhub.domain.ipaccess.Offender;
import java.time.Instant;

/** A row of {@code ip_bans}: one address's last ban and how many it has had. */
@MappedEntity("ip_bans")
record IpBanRow(@Id String ip, String reason, Instant firstSeen, int offenseCount, Instant bannedUntil, int escalationLevel) {

    Offender toDomain() {
        return Offender.restore(ip, reason, firstSeen, offenseCount, bannedUntil, escalationLevel);
    }
}
