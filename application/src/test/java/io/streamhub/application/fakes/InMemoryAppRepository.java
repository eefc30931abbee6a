package io.streamhub.application.fakes;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

public class InMemoryAppRepository implements AppRepository {
    private final Map<Long, App> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public Optional<App> findByName(AppName name) {
        return rows.values().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Override
    public Optional<App> findById(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<App> findAll() {
        return rows.values().stream().sorted(Comparator.comparing(a -> a.name().value())).toList();
    }

    @Override
    public List<App> findByTenant(TenantId tenant) {
        return findAll().stream().filter(a -> a.tenantId().equals(tenant)).toList();
    }

    @Override
    public long countByTenant(TenantId tenant) {
        return findByTenant(tenant).size();
    }

    @Override
    public App insert(App app) {
        if (findByName(app.name()).isPresent()) {
            throw new IllegalStateException("duplicate app name " + app.name());
        }
        App stored = app.withId(sequence.incrementAndGet());
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(App app) {
        rows.put(app.id(), app);
    }

    @Override
    public void delete(long id) {
        rows.remove(id);
    }
}
