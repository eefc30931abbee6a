package io.streamhub.adapter.persistence.app;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface AppRows extends CrudRepository<AppRow, Long> {
    Optional<AppRow> findByName(String name);

    List<AppRow> listOrderByName();

    List<AppRow> findByTenantIdOrderByName(String tenantId);

    long countByTenantId(String tenantId);

    void update(@Id Long id, String displayName, String livekitRoomPrefix, String tenantId, Instant updatedAt);
}
