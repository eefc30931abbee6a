package io.streamhub.adapter.web.app;

import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.domain.app.App;
import java.time.Instant;

/** An app as the API shows it. */
@Serdeable
public record AppDto(long id, String name, String displayName, String roomPrefix, String tenantId,
                     Instant createdAt, Instant updatedAt) {
    static AppDto from(App app) {
        return new AppDto(app.id(), app.name().value(), app.displayName(), app.roomPrefix().value(),
                app.tenantId().value(), app.createdAt(), app.updatedAt());
    }
}
