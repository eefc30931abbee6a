package io.streamhub.adapter.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface MembershipRows extends GenericRepository<MembershipRow, MembershipRow.Key> {
    /** Adds the membership, or changes its role and keeps its original date (and so its place in the order). */
    @Query("""
            INSERT INTO memberships (user_id, tenant_id, role, created_at) VALUES (:userId, :tenantId, :role, :createdAt)
            ON CONFLICT (user_id, tenant_id) DO UPDATE SET role = excluded.role""")
    void upsert(String userId, String tenantId, String role, Instant createdAt);

    @Query("SELECT * FROM memberships WHERE user_id = :userId ORDER BY created_at, rowid")
    List<MembershipRow> findByUserOldestFirst(String userId);

    @Query("SELECT * FROM memberships WHERE tenant_id = :tenantId ORDER BY created_at, rowid")
    List<MembershipRow> findByTenantOldestFirst(String tenantId);
}
