package io.streamhub.application.fakes;

import io.streamhub.application.port.out.HlsDirectories;
import io.streamhub.domain.app.AppName;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Live HLS directories in memory: a directory exists once an egress was told to write there. */
public class InMemoryHlsDirectories implements HlsDirectories {
    public final Set<String> directories = new LinkedHashSet<>();
    public final Set<String> playlists = new LinkedHashSet<>();
    private final Map<String, String> egress = new LinkedHashMap<>();
    private final Map<String, Instant> ended = new LinkedHashMap<>();

    private static String key(AppName app, String dir) {
        return app.value() + "/" + dir;
    }

    @Override
    public synchronized String egressDirectory(AppName app, String roomDirectory) {
        directories.add(key(app, roomDirectory));
        return "/data/apps/" + key(app, roomDirectory);
    }

    @Override
    public synchronized boolean playlistExists(AppName app, String roomDirectory) {
        return playlists.contains(key(app, roomDirectory));
    }

    @Override
    public synchronized Optional<String> activeEgress(AppName app, String roomDirectory) {
        return Optional.ofNullable(egress.get(key(app, roomDirectory)));
    }

    @Override
    public synchronized void egressStarted(AppName app, String roomDirectory, String egressId) {
        egress.put(key(app, roomDirectory), egressId);
        ended.remove(key(app, roomDirectory));
    }

    @Override
    public synchronized void ended(AppName app, String roomDirectory, Instant at) {
        egress.remove(key(app, roomDirectory));
        ended.put(key(app, roomDirectory), at);
    }

    @Override
    public synchronized List<Ended> endedBefore(Instant cutoff) {
        List<Ended> out = new ArrayList<>();
        ended.forEach((k, at) -> {
            if (!at.isAfter(cutoff)) {
                int slash = k.indexOf('/');
                out.add(new Ended(new AppName(k.substring(0, slash)), k.substring(slash + 1), at));
            }
        });
        return out;
    }

    @Override
    public synchronized void delete(AppName app, String roomDirectory) {
        directories.remove(key(app, roomDirectory));
        playlists.remove(key(app, roomDirectory));
        ended.remove(key(app, roomDirectory));
    }
}
