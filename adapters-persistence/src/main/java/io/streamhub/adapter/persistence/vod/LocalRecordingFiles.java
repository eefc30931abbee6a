package io.streamhub.adapter.persistence.vod;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recording files of {@code DATA_DIR/apps/<app>/recordings} and, when set, of the egress output
 * directory shared with LiveKit egress ({@code STREAMHUB_EGRESS_DIR}). A relative name is taken in
 * the app's recordings directory; a path outside both directories is refused, so a webhook can
 * never make StreamHub read or delete another file.
 */
@Singleton
public class LocalRecordingFiles implements RecordingFiles {
    private final Path apps;
    private final Optional<Path> egressDir;

    @Inject
    LocalRecordingFiles(@Property(name = "streamhub.data-dir") String dataDir,
                        @Value("${streamhub.recording.egress-dir:}") String egressDir) {
        this(Path.of(dataDir), egressDir.isBlank() ? Optional.empty() : Optional.of(Path.of(egressDir)));
    }

    public LocalRecordingFiles(Path dataDir, Optional<Path> egressDir) {
        this.apps = dataDir.resolve("apps").toAbsolutePath().normalize();
        this.egressDir = egressDir.map(dir -> dir.toAbsolutePath().normalize());
    }

    @Override
    public Optional<Path> resolve(AppName app, String reported) {
        if (reported == null || reported.isBlank() || reported.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path recordings = apps.resolve(app.value()).resolve("recordings");
        Path candidate = recordings.resolve(reported).toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>(List.of(recordings));
        egressDir.ifPresent(roots::add);
        for (Path root : roots) {
            if (candidate.startsWith(root) && !candidate.equals(root) && withinAfterLinks(candidate, root)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A symbolic link inside the root must not lead out of it. */
    private static boolean withinAfterLinks(Path candidate, Path root) {
        try {
            if (!Files.exists(candidate) || !Files.exists(root)) {
                return true;
            }
            return candidate.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Path scratch(AppName app, String name) {
        Path dir = apps.resolve(app.value()).resolve("snapshots");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(Path.of(name).getFileName());
    }

    @Override
    public String egressTarget(AppName app, String room) {
        Path dir = egressDir.map(d -> d.resolve(app.value())).orElse(apps.resolve(app.value()).resolve("recordings"));
        return dir.resolve(room + "-{time}.mp4").toString();
    }
}
