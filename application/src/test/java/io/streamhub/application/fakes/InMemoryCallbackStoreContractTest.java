package io.streamhub.application.fakes;

import io.streamhub.application.contract.CallbackStoreContract;
import io.streamhub.application.port.out.CallbackStore;

class InMemoryCallbackStoreContractTest extends CallbackStoreContract {
    @Override
    protected CallbackStore emptyCallbackStore() {
        return new InMemoryCallbackStore();
    }
}
