package io.streamhub.adapter.persistence.app;

import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Apps in the global SQLite store; deleting an app cascades to its tokens through the schema. Every
 * API request looks its app up, and apps change rarely, so reads are served from a snapshot of the
 * whole (small) table that any write or transaction invalidates ({@link StoreGeneration}).
 */
@Singleton
public class JdbcAppRepository implements AppRepository {
    private final AppRows rows;
    private final StoreGeneration generation;
    private final StoreGeneration.Cached<List<App>> all;

    JdbcAppRepository(AppRows rows, StoreGeneration generation) {
        this.rows = rows;
        this.generation = generation;
        this.all = generation.cache(() -> rows.listOrderByName().stream().map(AppMapper::toDomain).toList());
    }

    @Override
    public Optional<App> findByName(AppName name) {
        return all.get().stream().filter(app -> app.name().equals(name)).findFirst();
    }

    @Override
    public Optional<App> findById(long id) {
        return all.get().stream().filter(app -> app.id() == id).findFirst();
    }

    @Override
    public List<App> findAll() {
        return all.get();
    }

    @Override
    public List<App> findByTenant(TenantId tenant) {
        return all.get().stream().filter(app -> app.tenantId().equals(tenant)).toList();
    }

    @Override
    public long countByTenant(TenantId tenant) {
        return findByTenant(tenant).size();
    }

    @Override
    public App insert(App app) {
        try {
            return app.withId(rows.save(AppMapper.toNewRow(app)).id());
        } finally {
            generation.changed();
        }
    }

    @Override
    public void update(App app) {
        try {
            rows.update(app.id(), app.displayName(), app.roomPrefix().value(), app.tenantId().value(), app.updatedAt());
        } finally {
            generation.changed();
        }
    }

    @Override
    public void delete(long id) {
        try {
            rows.deleteById(id);
        } finally {
            generation.changed();
        }
    }
}
