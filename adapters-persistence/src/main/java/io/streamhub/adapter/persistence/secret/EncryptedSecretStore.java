package io.streamhub.adapter.persistence.secret;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * App secrets encrypted with AES-256-GCM in {@code app_secrets}. The key is {@code streamhub.secret-key}
 * (env {@code STREAMHUB_SECRET_KEY}, base64 of 32 bytes) or else {@code DATA_DIR/data/secret.key}, generated once.
 */
@Singleton
public class EncryptedSecretStore implements SecretStore {
    private final SecretRows rows;
    private final AesGcm cipher;

    @Inject
    EncryptedSecretStore(SecretRows rows, @Nullable @Property(name = "streamhub.secret-key") String configuredKey,
                         @Property(name = "streamhub.data-dir") String dataDir) {
        this(rows, new AesGcm(SecretKeys.configuredOrStored(configuredKey, Path.of(dataDir, "data", "secret.key"))));
    }

    EncryptedSecretStore(SecretRows rows, AesGcm cipher) {
        this.rows = rows;
        this.cipher = cipher;
    }

    @Override
    public void put(AppName app, String key, String value) {
        rows.upsert(app.value(), key, cipher.encrypt(value, slot(app, key)), Instant.now());
    }

    @Override
    public Optional<String> get(AppName app, String key) {
        return rows.findCiphertext(app.value(), key).map(ciphertext -> cipher.decrypt(ciphertext, slot(app, key)));
    }

    @Override
    public void remove(AppName app, String key) {
        rows.delete(app.value(), key);
    }

    @Override
    public void removeAll(AppName app) {
        rows.deleteAll(app.value());
    }

    private static String slot(AppName app, String key) {
        return app.value() + "/" + key;
    }
}
