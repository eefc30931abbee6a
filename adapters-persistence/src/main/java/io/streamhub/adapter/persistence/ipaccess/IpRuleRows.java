package io.streamhub.adapter.persistence.ipaccess;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface IpRuleRows extends GenericRepository<IpRuleRow, Long> {
    IpRuleRow save(IpRuleRow row);

    @Query("SELECT * FROM ip_rules ORDER BY id DESC")
    List<IpRuleRow> listNewestFirst();

    @Query("DELETE FROM ip_rules WHERE id = :id")
    int delete(long id);
}
