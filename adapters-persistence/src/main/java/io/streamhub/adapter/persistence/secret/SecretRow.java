package io.streamhub.adapter.persistence.secret;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/** A row of {@code app_secrets}: one encrypted value per app and key. */
@MappedEntity("app_secrets")
record SecretRow(@EmbeddedId Slot slot, String ciphertext, Instant updatedAt) {

    @Embeddable
    record Slot(@MappedProperty("app_name") String appName, @MappedProperty("key") String key) {
    }
}
