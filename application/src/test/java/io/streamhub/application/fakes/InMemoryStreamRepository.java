package io.streamhub.application.fakes;

import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Streams per app in memory, with the adapter's rules: given a {@link FakeWorkspace}, an app holds
 * streams only while it has a workspace there (created, not purged); reads of any other app find
 * nothing and saving into it is an {@link IllegalStateException}. Built without one, every app counts
 * as having a workspace. Active streams come newest first, equal start times in reverse order of first
 * save (like the row ids of the real table).
 */
public class InMemoryStreamRepository implements StreamRepository {
    private final Predicate<AppName> hasWorkspace;
    private final Map<AppName, Map<String, Stream>> rows = new HashMap<>();


    /** Only the apps with a workspace in {@code workspaces} hold streams, as with the real store. */
    public InMemoryStreamRepository(FakeWorkspace workspaces) {
        this.hasWorkspace = app -> workspaces.configs.containsKey(app);
    }

    @Override
    public synchronized Optional<Stream> find(AppName app, String streamId) {
        return Optional.ofNullable(streamsOf(app).get(streamId));
    }

    @Override
    public synchronized List<Stream> active(AppName app) {
        List<Stream> active = new ArrayList<>(streamsOf(app).values().stream().filter(Stream::active).toList());
        Collections.reverse(active);
        active.sort(Comparator.comparing(Stream::startedAt).reversed());
        return List.copyOf(active);
    }

    @Override
    public synchronized void save(AppName app, Stream stream) {
        if (!hasWorkspace(app)) {
            throw new IllegalStateException("app " + app + " has no workspace to save stream " + stream.streamId() + " in");
        }
        rows.computeIfAbsent(app, name -> new LinkedHashMap<>()).put(stream.streamId(), stream);
    }

    /** The app's streams; none (and forgotten, as a purge deletes the database) when it has no workspace. */
    private Map<String, Stream> streamsOf(AppName app) {
        if (!hasWorkspace(app)) {
            rows.remove(app);
            return Map.of();
        }
        return rows.getOrDefault(app, Map.of());
    }

    private boolean hasWorkspace(AppName app) {
        return hasWorkspace.test(app);
    }
}
