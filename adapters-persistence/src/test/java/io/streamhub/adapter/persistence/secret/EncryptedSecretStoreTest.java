package io.streamhub.adapter.persistence.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EncryptedSecretStoreTest implements TemporaryDataDir {
    private static final AppName LIVE = new AppName("live");
    private static final String PLAINTEXT = "hmac-secret-for-callbacks";

    @Inject
    EncryptedSecretStore secrets;
    @Inject
    SecretRows rows;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;
    @Property(name = "streamhub.data-dir")
    String dataDir;

    @BeforeEach
    void startEmpty() {
        GlobalStore.wipe(transactions, generation);
    }

    @Test
    void theDatabaseHoldsCiphertextNotThePlaintext() {
        secrets.put(LIVE, "callbacks.secret", PLAINTEXT);

        String stored = storedCiphertext("callbacks.secret");

        assertFalse(stored.contains(PLAINTEXT));
        assertEquals(12 + PLAINTEXT.length() + 16, Base64.getDecoder().decode(stored).length, "IV + ciphertext + GCM tag");
    }

    @Test
    void theSameValueIsSealedWithAFreshIvEachTime() {
        secrets.put(LIVE, "one", PLAINTEXT);
        secrets.put(LIVE, "two", PLAINTEXT);

        assertNotEquals(storedCiphertext("one").substring(0, 16), storedCiphertext("two").substring(0, 16));
    }

    @Test
    void theGeneratedKeyFileIsOwnerOnlyAndAnotherStoreReusesIt() throws Exception {
        secrets.put(LIVE, "callbacks.secret", PLAINTEXT);
        Path keyFile = Path.of(dataDir, "data", "secret.key");
        String key = Files.readString(keyFile);

        EncryptedSecretStore restarted = new EncryptedSecretStore(rows, null, dataDir);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals(Optional.of(PLAINTEXT), restarted.get(LIVE, "callbacks.secret"));
        assertEquals(key, Files.readString(keyFile));
    }

    @Test
    void aStoreWithAnotherKeyCannotDecrypt() {
        secrets.put(LIVE, "callbacks.secret", PLAINTEXT);
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        EncryptedSecretStore wrongKey = new EncryptedSecretStore(rows, otherKey, dataDir);

        assertThrows(IllegalStateException.class, () -> wrongKey.get(LIVE, "callbacks.secret"));
    }

    @Test
    void aCiphertextCopiedToAnotherKeyDoesNotDecrypt() {
        secrets.put(LIVE, "callbacks.secret", PLAINTEXT);
        GlobalStore.execute(transactions, "INSERT INTO app_secrets (app_name, key, ciphertext, updated_at) VALUES (?, ?, ?, 0)",
                "live", "s3.secret", storedCiphertext("callbacks.secret"));

        assertThrows(IllegalStateException.class, () -> secrets.get(LIVE, "s3.secret"));
    }

    @Test
    void refusesAConfiguredKeyThatIsNot32Bytes() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThrows(IllegalStateException.class, () -> new EncryptedSecretStore(rows, shortKey, dataDir));
    }

    private String storedCiphertext(String key) {
        List<String> values = GlobalStore.column(transactions, "ciphertext",
                "SELECT ciphertext FROM app_secrets WHERE app_name = ? AND key = ?", LIVE.value(), key);
        assertEquals(1, values.size());
        return values.get(0);
    }
}
