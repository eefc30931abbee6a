package io.streamhub.adapter.persistence.node;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface NodeRows extends CrudRepository<NodeRow, String> {
    Optional<NodeRow> findByName(String name);

    @Query("SELECT * FROM nodes ORDER BY created_at, rowid")
    List<NodeRow> listOldestFirst();
}
