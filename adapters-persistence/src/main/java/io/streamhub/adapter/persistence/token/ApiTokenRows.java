package io.streamhub.adapter.persistence.token;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface ApiTokenRows extends GenericRepository<ApiTokenRow, Long> {
    /** Tokens whose app still exists (global ones have none); the join keeps that true without the FK cascade. */
    String LISTED = """
            SELECT t.id, t.name, t.token_hash, t.scope, t.app_id, a.name AS app_name, t.tenant_id,
                   t.allowed_ips_json, t.last_used_at, t.created_at, t.revoked
            FROM api_tokens t LEFT JOIN apps a ON a.id = t.app_id
            WHERE (t.app_id IS NULL OR a.id IS NOT NULL)""";

    /** Runs on every API request: one lookup through the unique index on {@code token_hash}. */
    String ACTIVE_BY_HASH = LISTED + " AND t.token_hash = :tokenHash AND t.revoked = 0";

    ApiTokenRow save(ApiTokenRow row);

    @Query(ACTIVE_BY_HASH)
    Optional<ListedToken> findActiveByHash(String tokenHash);

    @Query(LISTED + " AND t.id = :id")
    Optional<ListedToken> findListedById(long id);

    @Query(LISTED + " ORDER BY t.id DESC")
    List<ListedToken> listNewestFirst();

    @Query("UPDATE api_tokens SET revoked = 1 WHERE id = :id")
    int revoke(long id);

    @Query("UPDATE api_tokens SET last_used_at = :when WHERE id = :id")
    void touchLastUsed(long id, Instant when);
}
