package io.streamhub.adapter.persistence.ipaccess;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.application.contract.IpAccessStoresContract;
import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.application.port.out.IpRuleRepository;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcIpAccessStoresContractTest extends IpAccessStoresContract implements TemporaryDataDir {
    @Inject
    JdbcIpRuleRepository rules;
    @Inject
    JdbcIpBanRepository bans;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    protected IpRuleRepository emptyRuleRepository() {
        GlobalStore.execute(transactions, "DELETE FROM ip_rules");
        return rules;
    }

    @Override
    protected IpBanRepository emptyBanRepository() {
        GlobalStore.execute(transactions, "DELETE FROM ip_bans");
        return bans;
    }
}
