package io.streamhub.application.fakes;

import io.streamhub.application.contract.SecretStoreContract;
import io.streamhub.application.port.out.SecretStore;

class InMemorySecretStoreContractTest extends SecretStoreContract {
    @Override
    protected SecretStore emptySecretStore() {
        return new InMemorySecretStore();
    }
}
