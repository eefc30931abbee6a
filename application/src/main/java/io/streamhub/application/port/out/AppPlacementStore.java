package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.placement.AppPlacement;

/** Each app's pinned and denied nodes; an app that never set any may be placed anywhere. */
public interface AppPlacementStore {
    AppPlacement get(AppName app);

    void save(AppName app, AppPlacement placement);
}
