package io.streamhub.adapter.persistence.token;

import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.TokenHash;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens (hashes only) in the global SQLite store. A token whose app is gone is never returned. */
@Singleton
public class JdbcApiTokenRepository implements ApiTokenRepository {
    private final ApiTokenRows rows;

    JdbcApiTokenRepository(ApiTokenRows rows) {
        this.rows = rows;
    }

    @Override
    public ApiToken insert(ApiToken token) {
        return token.withId(rows.save(ApiTokenMapper.toNewRow(token)).id());
    }

    @Override
    public Optional<ApiToken> findActiveByHash(TokenHash hash) {
        return rows.findActiveByHash(hash.hex()).map(ApiTokenMapper::toDomain);
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return rows.findListedById(id).map(ApiTokenMapper::toDomain);
    }

    @Override
    public List<ApiToken> findAll() {
        return rows.listNewestFirst().stream().map(ApiTokenMapper::toDomain).toList();
    }

    @Override
    public boolean revoke(long id) {
        return rows.revoke(id) > 0;
    }

    @Override
    public void touchLastUsed(long id, Instant when) {
        rows.touchLastUsed(id, when);
    }
}
