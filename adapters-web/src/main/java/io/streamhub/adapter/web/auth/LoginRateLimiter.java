package io.streamhub.adapter.web.auth;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per client address in a sliding window ({@code AUTH_RATE_LIMIT_MAX}
 * failures per {@code AUTH_RATE_LIMIT_WINDOW_MS}); past it, sign-in is refused until the oldest
 * failure leaves the window. Successful sign-ins do not count.
 */
@Singleton
public class LoginRateLimiter {
    private static final int MAX_TRACKED = 10_000;
    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginRateLimiter(@Value("${streamhub.auth.rate-limit.max:10}") int max,
                            @Value("${streamhub.auth.rate-limit.window-ms:900000}") long windowMs) {
        this(max, Duration.ofMillis(windowMs), Clock.systemUTC());
    }

    LoginRateLimiter(int max, Duration window, Clock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** @return seconds to wait when the address is over the limit */
    public OptionalLong retryAfterSeconds(String client) {
        Deque<Instant> times = failures.get(client);
        if (times == null) {
            return OptionalLong.empty();
        }
        synchronized (times) {
            Instant now = clock.instant();
            prune(times, now);
            if (times.size() < max) {
                return OptionalLong.empty();
            }
            long wait = Duration.between(now, times.peekFirst().plus(window)).toSeconds();
            return OptionalLong.of(Math.max(1, wait + 1));
        }
    }

    public void recordFailure(String client) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        Deque<Instant> times = failures.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, clock.instant());
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
