package io.streamhub.application.port.out;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The registry of apps in the global store. */
public interface AppRepository {
    Optional<App> findByName(AppName name);

    Optional<App> findById(long id);

    /** Every app, sorted by name. */
    List<App> findAll();

    /** The tenant's apps, sorted by name. */
    List<App> findByTenant(TenantId tenant);

    long countByTenant(TenantId tenant);

    /** Stores a new app and returns it with its id. */
    App insert(App app);

    void update(App app);

    /** Removes the app and, with it, every token scoped to it. */
    void delete(long id);
}
