package io.streamhub.adapter.persistence.ipaccess;

import io.streamhub.application.port.out.IpRuleRepository;
import io.streamhub.domain.ipaccess.IpRule;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/** IP rules in the global database; the network is stored in its canonical form ({@code 10.0.0.0/8}). */
@Singleton
public class JdbcIpRuleRepository implements IpRuleRepository {
    private final IpRuleRows rows;

    JdbcIpRuleRepository(IpRuleRows rows) {
        this.rows = rows;
    }

    @Override
    public List<IpRule> list() {
        return rows.listNewestFirst().stream().map(IpRuleRow::toDomain).toList();
    }

    @Override
    public IpRule add(IpRule.Draft draft, Instant createdAt, String createdBy) {
        return rows.save(new IpRuleRow(null, draft.cidr().toString(), draft.action().key(), draft.note(), createdAt, createdBy))
                .toDomain();
    }

    @Override
    public boolean delete(long id) {
        return rows.delete(id) > 0;
    }
}
