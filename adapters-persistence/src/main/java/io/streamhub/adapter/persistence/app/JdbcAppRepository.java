package io.streamhub.adapter.persistence.app;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Apps in the global SQLite store; deleting an app cascades to its tokens through the schema. */
@Singleton
public class JdbcAppRepository implements AppRepository {
    private final AppRows rows;

    JdbcAppRepository(AppRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<App> findByName(AppName name) {
        return rows.findByName(name.value()).map(AppMapper::toDomain);
    }

    @Override
    public Optional<App> findById(long id) {
        return rows.findById(id).map(AppMapper::toDomain);
    }

    @Override
    public List<App> findAll() {
        return rows.listOrderByName().stream().map(AppMapper::toDomain).toList();
    }

    @Override
    public List<App> findByTenant(TenantId tenant) {
        return rows.findByTenantIdOrderByName(tenant.value()).stream().map(AppMapper::toDomain).toList();
    }

    @Override
    public long countByTenant(TenantId tenant) {
        return rows.countByTenantId(tenant.value());
    }

    @Override
    public App insert(App app) {
        return app.withId(rows.save(AppMapper.toNewRow(app)).id());
    }

    @Override
    public void update(App app) {
        rows.update(app.id(), app.displayName(), app.roomPrefix().value(), app.tenantId().value(), app.updatedAt());
    }

    @Override
    public void delete(long id) {
        rows.deleteById(id);
    }
}
