package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;

/** The one way services find an app they were asked about: not there means 404. */
final class AppLookup {
    private AppLookup() {
    }

    static App require(AppRepository apps, AppName name) {
        return apps.findByName(name).orElseThrow(() -> new NotFoundException("app", name.value()));
    }
}
