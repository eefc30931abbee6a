package io.streamhub.application.service;

import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.TokenHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Keeps recently verified tokens in memory so that authenticating a request does not hit the
 * store each time. Any revocation or app deletion empties it at once (they are rare), so a revoked
 * token fails on the very next request; entries also expire after a short time, which bounds
 * how long a change made behind the API's back (a manual SQL edit) can go unseen.
 */
public final class TokenCache {
    private record Entry(Optional<ApiToken> token, Instant expires) {
    }

    private static final int MAX_ENTRIES = 10_000;
    private final ConcurrentHashMap<TokenHash, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration ttl;

    public TokenCache(Duration ttl) {
        this.ttl = ttl;
    }

    /** Only tokens that exist are cached: unknown hashes always reach the store. */
    public Optional<ApiToken> get(TokenHash hash, Instant now, Function<TokenHash, Optional<ApiToken>> load) {
        Entry entry = entries.get(hash);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.token();
        }
        long before = generation.get();
        Optional<ApiToken> token = load.apply(hash);
        // a load that raced with an invalidation may have read the old row: do not keep it
        if (token.isPresent() && generation.get() == before) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(hash, new Entry(token, now.plus(ttl)));
        } else {
            entries.remove(hash);
        }
        return token;
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
