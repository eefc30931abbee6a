package io.streamhub.adapter.persistence.secret;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface SecretRows extends GenericRepository<SecretRow, SecretRow.Slot> {
    @Query("""
            INSERT INTO app_secrets (app_name, key, ciphertext, updated_at) VALUES (:appName, :key, :ciphertext, :updatedAt)
            ON CONFLICT (app_name, key) DO UPDATE SET ciphertext = excluded.ciphertext, updated_at = excluded.updated_at""")
    void upsert(String appName, String key, String ciphertext, Instant updatedAt);

    @Query("SELECT ciphertext FROM app_secrets WHERE app_name = :appName AND key = :key")
    Optional<String> findCiphertext(String appName, String key);

    @Query("DELETE FROM app_secrets WHERE app_name = :appName AND key = :key")
    void delete(String appName, String key);

    @Query("DELETE FROM app_secrets WHERE app_name = :appName")
    void deleteAll(String appName);
}
