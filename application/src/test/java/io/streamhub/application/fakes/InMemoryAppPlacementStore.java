package io.streamhub.application.fakes;

import io.streamhub.application.port.out.AppPlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.placement.AppPlacement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryAppPlacementStore implements AppPlacementStore {
    private final Map<AppName, AppPlacement> placements = new ConcurrentHashMap<>();

    @Override
    public AppPlacement get(AppName app) {
        return placements.getOrDefault(app, AppPlacement.ANYWHERE);
    }

    @Override
    public void save(AppName app, AppPlacement placement) {
        placements.put(app, placement);
    }
}
