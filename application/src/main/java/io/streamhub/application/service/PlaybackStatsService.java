package io.streamhub.application.service;

import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.PlaybackMetrics;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The players' byte counters. Each viewer reports cumulative P2P and HTTP bytes; the highest value
 * seen per viewer is kept, so a retried or reordered report never counts twice, and only the growth
 * goes to the byte counters. The offload ratio of an app is computed over its viewers seen in the last
 * {@link #WINDOW}; viewers not heard from for longer are forgotten. Memory is bounded by
 * {@code maxViewers}: past it, reports of new viewers are ignored until older ones expire.
 */
public final class PlaybackStatsService implements PlaybackUseCases.RecordPlaybackStatsUseCase {
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** A viewer counts in a room's HLS audience while it reported within this time. */
    static final Duration AUDIENCE_WINDOW = Duration.ofMinutes(1);
    private static final long MAX_BYTES = 1L << 50;

    private final AppRepository apps;
    private final PlaybackMetrics metrics;
    private final Clock clock;
    private final int maxViewers;
    private final Map<Key, Counters> viewers = new ConcurrentHashMap<>();

    private record Key(String app, String room, String viewer) {
    }

    private record Counters(long p2p, long http, Instant seen) {
    }

    public PlaybackStatsService(AppRepository apps, PlaybackMetrics metrics, Clock clock, int maxViewers) {
        this.apps = apps;
        this.metrics = metrics;
        this.clock = clock;
        this.maxViewers = maxViewers;
    }

    @Override
    public void record(PlaybackUseCases.PlaybackStatsCommand command) {
        App app = apps.findByName(command.app()).orElseThrow(() -> new NotFoundException("app", command.app().value()));
        String room = app.roomPrefix().namespace(command.room());
        String viewer = command.viewerId();
        if (viewer == null || viewer.isEmpty() || viewer.length() > 64 || !viewer.matches("^[A-Za-z0-9._:-]+$")) {
            throw new InvalidInputException("viewerId", "viewerId must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        check("p2pBytes", command.p2pBytes());
        check("httpBytes", command.httpBytes());
        Instant now = clock.instant();
        Key key = new Key(app.name().value(), room, viewer);
        long[] growth = new long[2];
        if (viewers.size() >= maxViewers) {
            prune(now);
        }
        if (viewers.size() >= maxViewers && !viewers.containsKey(key)) {
            return; // untracked, its cumulative counters could not be told apart from growth
        }
        viewers.compute(key, (k, old) -> {
            long p2p = old == null ? command.p2pBytes() : Math.max(old.p2p(), command.p2pBytes());
            long http = old == null ? command.httpBytes() : Math.max(old.http(), command.httpBytes());
            growth[0] = p2p - (old == null ? 0 : old.p2p());
            growth[1] = http - (old == null ? 0 : old.http());
            return new Counters(p2p, http, now);
        });
        metrics.bytesDelivered(key.app(), growth[0], growth[1]);
        metrics.offloadRatio(key.app(), offloadRatio(app.name(), now));
    }

    /** p2p / (p2p + http) over the app's viewers seen within {@link #WINDOW}. */
    public double offloadRatio(AppName app, Instant now) {
        long p2p = 0;
        long http = 0;
        for (Map.Entry<Key, Counters> e : viewers.entrySet()) {
            if (e.getKey().app().equals(app.value()) && !e.getValue().seen().isBefore(now.minus(WINDOW))) {
                p2p += e.getValue().p2p();
                http += e.getValue().http();
            }
        }
        return p2p + http == 0 ? 0 : (double) p2p / (p2p + http);
    }

    /** The viewers of a room that reported within {@link #AUDIENCE_WINDOW}: its HLS audience. */
    public int hlsViewers(AppName app, String room, Instant now) {
        Instant since = now.minus(AUDIENCE_WINDOW);
        return (int) viewers.entrySet().stream()
                .filter(e -> e.getKey().app().equals(app.value()) && e.getKey().room().equals(room) && !e.getValue().seen().isBefore(since))
                .count();
    }

    private void prune(Instant now) {
        Instant oldest = now.minus(WINDOW);
        for (Iterator<Counters> it = viewers.values().iterator(); it.hasNext(); ) {
            if (it.next().seen().isBefore(oldest)) {
                it.remove();
            }
        }
    }

    private static void check(String field, long bytes) {
        if (bytes < 0 || bytes > MAX_BYTES) {
            throw new InvalidInputException(field, field + " must be 0 to " + MAX_BYTES);
        }
    }
}
