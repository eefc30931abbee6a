package io.streamhub.application.port.in;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;

/** An app with its configuration (secrets only as "set" flags). */
public record AppView(App app, AppConfig config) {
}
