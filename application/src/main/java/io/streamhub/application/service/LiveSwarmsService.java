package io.streamhub.application.service;

import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.stream.Stream;
import java.util.List;
import java.util.TreeSet;

/**
 * The tracker's allow-list: the swarm of every live room of the apps whose P2P is switched on. The
 * config is read on every call, so switching P2P off (or a stream ending) empties the list at once.
 */
public final class LiveSwarmsService implements PlaybackUseCases.LiveSwarmsUseCase {
    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final StreamRepository streams;

    public LiveSwarmsService(AppRepository apps, AppWorkspace workspace, StreamRepository streams) {
        this.apps = apps;
        this.workspace = workspace;
        this.streams = streams;
    }

    @Override
    public List<String> liveSwarms() {
        TreeSet<String> swarms = new TreeSet<>();
        for (App app : apps.findAll()) {
            AppConfig config = workspace.readConfig(app.name());
            if (!config.distribution().p2p().enabled() || config.playback().privatePlayback()) {
                continue;
            }
            for (Stream stream : streams.active(app.name())) {
                swarms.add(config.distribution().p2p().swarmId(app.name().value(), stream.room()));
            }
        }
        return List.copyOf(swarms);
    }
}
