package io.streamhub.application.fakes;

import io.streamhub.application.contract.PlacementStoreContract;
import io.streamhub.application.port.out.PlacementStore;

class InMemoryPlacementStoreContractTest extends PlacementStoreContract {
    @Override
    protected PlacementStore emptyPlacementStore() {
        return new InMemoryPlacementStore();
    }
}
