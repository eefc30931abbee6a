package io.streamhub.adapter.persistence.node;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.application.contract.PlacementStoreContract;
import io.streamhub.application.port.out.PlacementStore;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcPlacementStoreContractTest extends PlacementStoreContract implements TemporaryDataDir {
    @Inject
    JdbcPlacementStore placements;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected PlacementStore emptyPlacementStore() {
        GlobalStore.wipe(transactions, generation);
        return placements;
    }
}
