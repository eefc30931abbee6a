package io.streamhub.adapter.persistence.tenant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface TenantRows extends CrudRepository<TenantRow, String> {
    /** Oldest first; tenants created in the same millisecond keep their insertion order. */
    @Query("SELECT * FROM tenants ORDER BY created_at, rowid")
    List<TenantRow> listOldestFirst();
}
