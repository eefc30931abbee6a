package io.streamhub.application.fakes;

import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodSearch;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** VODs per app in memory; ids are global to the fake (unique per app as in SQLite). */
public class InMemoryVodRepository implements VodRepository {
    private final Map<AppName, Map<Long, Vod>> vods = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private Map<Long, Vod> of(AppName app) {
        return vods.computeIfAbsent(app, a -> new ConcurrentHashMap<>());
    }

    @Override
    public synchronized Optional<Vod> insertIfAbsent(AppName app, Vod vod) {
        if (findByEgress(app, vod.egressId()).isPresent()) {
            return Optional.empty();
        }
        Vod stored = vod.withId(ids.incrementAndGet());
        of(app).put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public void save(AppName app, Vod vod) {
        if (of(app).replace(vod.id(), vod) == null) {
            throw new IllegalStateException("VOD " + vod.id() + " does not exist");
        }
    }

    @Override
    public Optional<Vod> find(AppName app, long id) {
        return Optional.ofNullable(of(app).get(id));
    }

    @Override
    public Optional<Vod> findByEgress(AppName app, String egressId) {
        return of(app).values().stream().filter(v -> v.egressId().equals(egressId)).findFirst();
    }

    @Override
    public Page search(AppName app, VodSearch search) {
        List<Vod> all = of(app).values().stream()
                .filter(v -> search.room().map(v.room()::equals).orElse(true))
                .filter(v -> search.status().map(s -> s == v.status()).orElse(true))
                .filter(v -> search.since().map(s -> !v.startedAt().isBefore(s)).orElse(true))
                .filter(v -> search.until().map(u -> !v.startedAt().isAfter(u)).orElse(true))
                .sorted(Comparator.comparing(Vod::startedAt).thenComparing(Vod::id).reversed())
                .toList();
        return new Page(all.stream().skip(search.offset()).limit(search.limit()).toList(), all.size());
    }

    @Override
    public void delete(AppName app, long id) {
        of(app).remove(id);
    }
}
