package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import java.util.Optional;

/** Change an app's names and/or its configuration. */
public record UpdateAppCommand(AppName app, Optional<String> displayName, Optional<RoomPrefix> roomPrefix,
                               AppConfigChanges changes) {
}
