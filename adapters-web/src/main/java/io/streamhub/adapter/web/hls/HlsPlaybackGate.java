package io.streamhub.adapter.web.hls;

import io.streamhub.application.port.in.HlsUseCases;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an app's live HLS is public, remembered for two seconds so a segment request does not
 * read the app's config (a config change takes effect within that time).
 */
@Singleton
public class HlsPlaybackGate {
    static final long TTL_NANOS = 2_000_000_000L;

    private record Entry(Optional<Boolean> isPublic, long until) {
    }

    private final HlsUseCases.HlsPlaybackUseCase playback;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public HlsPlaybackGate(HlsUseCases.HlsPlaybackUseCase playback) {
        this.playback = playback;
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
