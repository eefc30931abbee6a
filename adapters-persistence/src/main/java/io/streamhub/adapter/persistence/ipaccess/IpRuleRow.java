package io.streamhub.adapter.persistence.ipaccess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.RuleAction;
import io.streamhub.domain.net.Cidr;
import java.time.Instant;

/** A row of {@code ip_rules}. */
@MappedEntity("ip_rules")
record IpRuleRow(@Id @GeneratedValue @Nullable Long id, String cidr, String action, String note, Instant createdAt,
                 String createdBy) {

    IpRule toDomain() {
        return new IpRule(id, Cidr.parse("cidr", cidr), RuleAction.parse(action), note, createdAt, createdBy);
    }
}
