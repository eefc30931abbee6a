package io.streamhub.application.port.out;

import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored API tokens; only hashes, never plaintext. */
public interface ApiTokenRepository {
    ApiToken insert(ApiToken token);

    /** A token that is not revoked and whose app (if any) still exists. */
    Optional<ApiToken> findActiveByHash(TokenHash hash);

    Optional<ApiToken> findById(long id);

    /** Every token, newest first. */
    List<ApiToken> findAll();

    /** @return false when no such token exists */
    boolean revoke(long id);

    void touchLastUsed(long id, Instant when);
}
