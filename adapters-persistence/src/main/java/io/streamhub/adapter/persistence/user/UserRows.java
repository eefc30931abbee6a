package io.streamhub.adapter.persistence.user;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.ANSI)
interface UserRows extends CrudRepository<UserRow, String> {
    Optional<UserRow> findByEmail(String email);
}
