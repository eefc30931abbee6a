package io.streamhub.adapter.persistence.node;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface PlacementRows extends CrudRepository<PlacementRow, String> {
    List<PlacementRow> findByNodeId(String nodeId);
}
