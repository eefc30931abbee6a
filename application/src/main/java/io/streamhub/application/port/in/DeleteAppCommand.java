package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;

/** Remove an app; its files go too only when {@code purge} is set. */
public record DeleteAppCommand(AppName app, boolean purge) {
}
