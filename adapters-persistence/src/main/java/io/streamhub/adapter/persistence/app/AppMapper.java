package io.streamhub.adapter.persistence.app;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.tenant.TenantId;

final class AppMapper {
    private AppMapper() {
    }

    static App toDomain(AppRow row) {
        return new App(row.id(), new AppName(row.name()), row.displayName(), new RoomPrefix(row.livekitRoomPrefix()),
                new TenantId(row.tenantId()), row.createdAt(), row.updatedAt());
    }

    /** A row for inserting a new app: no id yet, served by this core. */
    static AppRow toNewRow(App app) {
        return new AppRow(null, app.name().value(), app.displayName(), app.roomPrefix().value(),
                app.tenantId().value(), null, app.createdAt(), app.updatedAt());
    }
}
