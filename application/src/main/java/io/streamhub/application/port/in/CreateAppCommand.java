package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.tenant.TenantId;
import java.util.Optional;

/** Create an app; {@code tenant} may be named by platform administrators only. */
public record CreateAppCommand(Principal actor, AppName name, Optional<String> displayName,
                               Optional<RoomPrefix> roomPrefix, Optional<TenantId> tenant) {
}
