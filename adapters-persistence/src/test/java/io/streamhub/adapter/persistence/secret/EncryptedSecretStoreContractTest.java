package io.streamhub.adapter.persistence.secret;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.application.contract.SecretStoreContract;
import io.streamhub.application.port.out.SecretStore;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptedSecretStoreContractTest extends SecretStoreContract implements TemporaryDataDir {
    @Inject
    EncryptedSecretStore secrets;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected SecretStore emptySecretStore() {
        GlobalStore.wipe(transactions, generation);
        return secrets;
    }
}
