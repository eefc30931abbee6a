package io.streamhub.application.fakes;

import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.domain.ipaccess.Offender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class InMemoryIpBanRepository implements IpBanRepository {
    private final Map<String, Offender> bans = new TreeMap<>();

    @Override
    public synchronized List<Offender> list() {
        return new ArrayList<>(bans.values());
    }

    @Override
    public synchronized void save(Offender banned) {
        Instant until = banned.bannedUntil().orElseThrow();
        bans.put(banned.ip(), Offender.restore(banned.ip(), banned.reason(), banned.firstSeen(), banned.offenseCount(), until,
                banned.escalationLevel()));
    }

    @Override
    public synchronized boolean delete(String ip) {
        return bans.remove(ip) != null;
    }

    @Override
    public synchronized void deleteEndedBefore(Instant before) {
        bans.values().removeIf(o -> o.bannedUntil().orElseThrow().isBefore(before));
    }
}
