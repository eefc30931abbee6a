package io.streamhub.application.fakes;

import io.streamhub.application.port.out.IpRuleRepository;
import io.streamhub.domain.ipaccess.IpRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class InMemoryIpRuleRepository implements IpRuleRepository {
    private final List<IpRule> rules = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized List<IpRule> list() {
        List<IpRule> newestFirst = new ArrayList<>(rules);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    @Override
    public synchronized IpRule add(IpRule.Draft draft, Instant createdAt, String createdBy) {
        IpRule rule = new IpRule(nextId++, draft.cidr(), draft.action(), draft.note(), createdAt, createdBy);
        rules.add(rule);
        return rule;
    }

    @Override
    public synchronized boolean delete(long id) {
        return rules.removeIf(r -> r.id() == id);
    }
}
