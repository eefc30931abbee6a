package io.streamhub.adapter.persistence;

import io.micronaut.test.support.TestPropertyProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @MicronautTest} class (with {@code @TestInstance(PER_CLASS)}) its own {@code DATA_DIR}
 * under {@code target/}, with the {@code data/} folder that sqlite-jdbc does not create itself.
 */
public interface TemporaryDataDir extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        try {
            Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "data-dir-");
            Files.createDirectories(dataDir.resolve("data"));
            return Map.of("streamhub.data-dir", dataDir.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
