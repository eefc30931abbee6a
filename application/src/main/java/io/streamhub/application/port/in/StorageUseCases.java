package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import java.util.List;
import java.util.Optional;

/** Driving ports for an app's object storage (its own S3-compatible bucket). */
public final class StorageUseCases {
    private StorageUseCases() {
    }

    /** One step of a bucket check ({@code put}, {@code head}, {@code delete}) and why it failed, if it did. */
    public record Step(String name, boolean ok, Optional<String> error) {
    }

    /** {@code ok} when every step passed; {@code key} is the probe object used. */
    public record StorageCheckView(boolean ok, String bucket, String key, List<Step> steps) {
    }

    public interface TestStorageUseCase {
        /** Puts, heads and deletes a small probe object in the app's bucket; stops at the first failure. */
        StorageCheckView test(AppName app);
    }
}
