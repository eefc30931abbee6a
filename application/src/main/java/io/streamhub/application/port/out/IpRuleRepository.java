package io.streamhub.application.port.out;

import io.streamhub.domain.ipaccess.IpRule;
import java.time.Instant;
import java.util.List;

/** The operator's IP rules (global store). */
public interface IpRuleRepository {

    /** Every rule, newest first. */
    List<IpRule> list();

    IpRule add(IpRule.Draft draft, Instant createdAt, String createdBy);

    /** @return false when no rule has that id */
    boolean delete(long id);
}
