package io.streamhub.adapter.web.hls;

import io.streamhub.application.port.in.HlsUseCases;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an app's live HLS is public, and which other node serves a room, each remembered for two
 * seconds so a segment request does not read the app's config or the placements (a change takes
 * effect within that time).
 */
@Singleton
public class HlsPlaybackGate {
    static final long TTL_NANOS = 2_000_000_000L;

    private record Entry(Optional<Boolean> isPublic, long until) {
    }

    private record Owner(Optional<String> base, long until) {
    }

    private final HlsUseCases.HlsPlaybackUseCase playback;
    private final HlsUseCases.HlsOwnerUseCase owners;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<String, Owner> ownerCache = new ConcurrentHashMap<>();

    public HlsPlaybackGate(HlsUseCases.HlsPlaybackUseCase playback, HlsUseCases.HlsOwnerUseCase owners) {
        this.playback = playback;
        this.owners = owners;
    }

    /** The base URL of the other node that serves this room (cluster), remembered for two seconds; empty: served here. */
    Optional<String> remoteOwner(String app, String room) {
        long now = System.nanoTime();
        String key = app + "/" + room;
        Owner owner = ownerCache.get(key);
        if (owner != null && now - owner.until() < 0) {
            return owner.base();
        }
        Optional<String> base = owners.remoteOwner(new AppName(app), room);
        if (ownerCache.size() > 10_000) {
            ownerCache.clear();
        }
        ownerCache.put(key, new Owner(base, now + TTL_NANOS));
        return base;
    }

    /** Empty for an unknown app. */
    Optional<Boolean> isPublic(String app) {
        long now = System.nanoTime();
        Entry entry = cache.get(app);
        if (entry != null && now - entry.until() < 0) {
            return entry.isPublic();
        }
        Optional<Boolean> answer = playback.publicPlayback(new AppName(app));
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(app, new Entry(answer, now + TTL_NANOS));
        return answer;
    }
}
