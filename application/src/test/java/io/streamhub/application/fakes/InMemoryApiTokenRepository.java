package io.streamhub.application.fakes;

import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.TokenHash;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Mirrors the store's rule that an app token dies with its app by asking the app fake. */
public class InMemoryApiTokenRepository implements ApiTokenRepository {
    private final Map<Long, ApiToken> rows = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AppRepository apps;
    public int lookups;

    public InMemoryApiTokenRepository(AppRepository apps) {
        this.apps = apps;
    }

    @Override
    public ApiToken insert(ApiToken token) {
        ApiToken stored = token.withId(sequence.incrementAndGet());
        rows.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<ApiToken> findActiveByHash(TokenHash hash) {
        lookups++;
        return live().stream().filter(t -> t.hash().equals(hash) && !t.revoked()).findFirst();
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return live().stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public List<ApiToken> findAll() {
        return live().stream().sorted(Comparator.comparingLong(ApiToken::id).reversed()).toList();
    }

    private List<ApiToken> live() {
        return rows.values().stream().filter(t -> t.appId().map(id -> apps.findById(id).isPresent()).orElse(true)).toList();
    }

    @Override
    public boolean revoke(long id) {
        ApiToken t = findById(id).orElse(null);
        if (t == null) {
            return false;
        }
        rows.put(id, new ApiToken(t.id(), t.name(), t.scope(), t.appId(), t.appName(), t.tenantId(), t.hash(),
                t.allowedIps(), t.lastUsedAt(), t.createdAt(), true));
        return true;
    }

    @Override
    public void touchLastUsed(long id, Instant when) {
        rows.computeIfPresent(id, (k, t) -> new ApiToken(t.id(), t.name(), t.scope(), t.appId(), t.appName(), t.tenantId(),
                t.hash(), t.allowedIps(), Optional.of(when), t.createdAt(), t.revoked()));
    }
}
