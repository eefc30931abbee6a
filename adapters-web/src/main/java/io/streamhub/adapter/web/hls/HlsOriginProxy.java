package io.streamhub.adapter.web.hls;

import io.streamhub.domain.hls.HlsPath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fetches a live HLS file from the cluster node that owns the room (its own {@code /hls/} route) and
 * keeps it briefly: a playlist for one second, a segment (immutable) for ten minutes, at most
 * {@value #MAX_BYTES} bytes in all. Concurrent misses for one file share a single upstream request,
 * so a thundering herd of viewers costs the owning node one request per playlist second.
 */
@Singleton
public class HlsOriginProxy {
    static final long MAX_BYTES = 128L * 1024 * 1024;
    static final Duration PLAYLIST_TTL = Duration.ofSeconds(1);
    static final Duration SEGMENT_TTL = Duration.ofMinutes(10);

    /** What the owning node answered: its status and, for 200, the bytes and their modification time. */
    record Fetched(int status, byte[] body, long lastModifiedMillis, long expiresAtNanos, boolean fromCache) {
        Fetched cached() {
            return new Fetched(status, body, lastModifiedMillis, expiresAtNanos, true);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Fetched> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Fetched>> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong cachedBytes = new AtomicLong();

    /** The file from {@code base} (e.g. {@code http://10.0.0.2:3000}); status 502 when the node cannot be reached. */
    Fetched fetch(String base, HlsPath path) {
        String url = base + path.urlPath();
        Fetched hit = cache.get(url);
        if (hit != null && System.nanoTime() - hit.expiresAtNanos() < 0) {
            return hit.cached();
        }
        CompletableFuture<Fetched> mine = new CompletableFuture<>();
        CompletableFuture<Fetched> running = inFlight.putIfAbsent(url, mine);
        if (running != null) {
            return running.join().cached();
        }
        try {
            Fetched fetched = request(url, path);
            remember(url, fetched);
            mine.complete(fetched);
            return fetched;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(url, mine);
        }
    }

    private Fetched request(String url, HlsPath path) {
        long ttl = (path.type().immutable() ? SEGMENT_TTL : PLAYLIST_TTL).toNanos();
        try {
            HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                // a missing file is remembered only as long as a playlist (it may appear any moment)
                return new Fetched(answer.statusCode() == 404 ? 404 : 502, new byte[0], 0,
                        System.nanoTime() + PLAYLIST_TTL.toNanos(), false);
            }
            long modified = answer.headers().firstValue("Last-Modified").map(HlsOriginProxy::httpDate)
                    .orElse(System.currentTimeMillis());
            return new Fetched(200, answer.body(), modified, System.nanoTime() + ttl, false);
        } catch (IOException e) {
            return new Fetched(502, new byte[0], 0, System.nanoTime(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched(502, new byte[0], 0, System.nanoTime(), false);
        }
    }

    private void remember(String url, Fetched fetched) {
        if (fetched.status() == 502) {
            return;
        }
        if (cachedBytes.addAndGet(fetched.body().length) > MAX_BYTES) {
            cache.clear();
            cachedBytes.set(fetched.body().length);
        }
        Fetched previous = cache.put(url, fetched);
        if (previous != null) {
            cachedBytes.addAndGet(-previous.body().length);
        }
    }

    private static long httpDate(String text) {
        try {
            return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return System.currentTimeMillis();
        }
    }

    /** For the proxied answer: {@code HIT} when served from this node's cache. */
    static Optional<String> cacheStatus(Fetched fetched) {
        return Optional.of(fetched.fromCache() ? "HIT" : "MISS");
    }
}
