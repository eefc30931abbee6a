package io.streamhub.application.fakes;

import io.streamhub.application.contract.IpAccessStoresContract;
import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.application.port.out.IpRuleRepository;

class InMemoryIpAccessStoresContractTest extends IpAccessStoresContract {
    @Override
    protected IpRuleRepository emptyRuleRepository() {
        return new InMemoryIpRuleRepository();
    }

    @Override
    protected IpBanRepository emptyBanRepository() {
        return new InMemoryIpBanRepository();
    }
}
