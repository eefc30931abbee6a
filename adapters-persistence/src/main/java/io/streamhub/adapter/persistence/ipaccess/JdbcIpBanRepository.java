package io.streamhub.adapter.persistence.ipaccess;

import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.domain.ipaccess.Offender;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** Bans in the global database, one row per address, written when a ban is imposed or lifted. */
@Singleton
public class JdbcIpBanRepository implements IpBanRepository {
    private final IpBanRows rows;

    JdbcIpBanRepository(IpBanRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Offender> list() {
        return rows.listAll().stream().map(IpBanRow::toDomain).toList();
    }

    @Override
    public void save(Offender banned) {
        rows.upsert(banned.ip(), banned.reason(), banned.firstSeen(), banned.offenseCount(), banned.bannedUntil().orElseThrow(),
                banned.escalationLevel());
    }

    @Override
    public boolean delete(String ip) {
        return rows.delete(ip) > 0;
    }

    @Override
    public void deleteEndedBefore(Instant before) {
        rows.deleteEndedBefore(before);
    }
}
