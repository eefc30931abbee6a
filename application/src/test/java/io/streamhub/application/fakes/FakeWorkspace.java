package io.streamhub.application.fakes;

import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

public class FakeWorkspace implements AppWorkspace {
    public final Map<AppName, AppConfig> configs = new ConcurrentHashMap<>();
    public final Map<AppName, Long> activeStreams = new ConcurrentHashMap<>();
    public final Map<AppName, Long> diskBytes = new ConcurrentHashMap<>();
    public final Set<AppName> purged = new HashSet<>();

    @Override
    public void create(App app, AppConfig config) {
        configs.putIfAbsent(app.name(), config);
    }

    @Override
    public AppConfig readConfig(AppName app) {
        AppConfig config = configs.get(app);
        if (config == null) {
            throw new IllegalStateException("no workspace for " + app);
        }
        return config;
    }

    @Override
    public void writeConfig(App app, AppConfig config) {
        configs.put(app.name(), config);
    }

    @Override
    public void purge(AppName app) {
        configs.remove(app);
        purged.add(app);
    }

    @Override
    public long activeStreams(AppName app) {
        return activeStreams.getOrDefault(app, 0L);
    }

    @Override
    public long diskBytes(AppName app) {
        return diskBytes.getOrDefault(app, 0L);
    }
}
