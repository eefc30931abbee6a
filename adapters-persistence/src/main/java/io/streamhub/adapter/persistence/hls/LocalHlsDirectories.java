package io.streamhub.adapter.persistence.hls;

import io.micronaut.context.annotation.Property;
import io.streamhub.application.port.out.HlsDirectories;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.hls.HlsPath;
import io.streamhub.domain.hls.HlsSpec;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Live HLS directories on local disk, {@code DATA_DIR/apps/<app>/hls/<room directory>/}. The egress
 * writing a directory and the time its room ended are kept beside the media as {@code .egress} and
 * {@code .ended} (dot files are never served: {@link HlsPath} refuses their names), so the state
 * survives a restart without a database table. Directory names are checked with {@link HlsPath} rules.
 */
@Singleton
public class LocalHlsDirectories implements HlsDirectories {
    private static final String EGRESS = ".egress";
    private static final String ENDED = ".ended";
    private final Path apps;

    @Inject
    LocalHlsDirectories(@Property(name = "streamhub.data-dir") String dataDir) {
        this(Path.of(dataDir));
    }

    public LocalHlsDirectories(Path dataDir) {
        this.apps = dataDir.resolve("apps").toAbsolutePath().normalize();
    }

    private Path dir(AppName app, String roomDirectory) {
        if (!roomDirectory.equals(HlsPath.roomDirectory(roomDirectory))) {
            throw new IllegalArgumentException("not a room directory: " + roomDirectory);
        }
        return apps.resolve(app.value()).resolve("hls").resolve(roomDirectory);
    }

    @Override
    public String egressDirectory(AppName app, String roomDirectory) {
        Path dir = dir(app, roomDirectory);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.toString();
    }

    @Override
    public boolean playlistExists(AppName app, String roomDirectory) {
        return Files.isRegularFile(dir(app, roomDirectory).resolve(HlsSpec.PLAYLIST));
    }

    @Override
    public Optional<String> activeEgress(AppName app, String roomDirectory) {
        return read(dir(app, roomDirectory).resolve(EGRESS)).filter(id -> !id.isBlank());
    }

    @Override
    public void egressStarted(AppName app, String roomDirectory, String egressId) {
        Path dir = Path.of(egressDirectory(app, roomDirectory));
        write(dir.resolve(EGRESS), egressId);
        delete(dir.resolve(ENDED));
    }

    @Override
    public void ended(AppName app, String roomDirectory, Instant at) {
        Path dir = dir(app, roomDirectory);
        if (!Files.isDirectory(dir)) {
            return;
        }
        write(dir.resolve(ENDED), Long.toString(at.toEpochMilli()));
        delete(dir.resolve(EGRESS));
    }

    @Override
    public List<Ended> endedBefore(Instant cutoff) {
        List<Ended> out = new ArrayList<>();
        if (!Files.isDirectory(apps)) {
            return out;
        }
        try (DirectoryStream<Path> appDirs = Files.newDirectoryStream(apps)) {
            for (Path appDir : appDirs) {
                Path hls = appDir.resolve("hls");
                if (!Files.isDirectory(hls)) {
                    continue;
                }
                AppName app;
                try {
                    app = new AppName(appDir.getFileName().toString());
                } catch (RuntimeException notAnApp) {
                    continue;
                }
                try (DirectoryStream<Path> rooms = Files.newDirectoryStream(hls)) {
                    for (Path room : rooms) {
                        read(room.resolve(ENDED)).flatMap(LocalHlsDirectories::millis)
                                .filter(at -> !at.isAfter(cutoff))
                                .ifPresent(at -> out.add(new Ended(app, room.getFileName().toString(), at)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void delete(AppName app, String roomDirectory) {
        Path dir = dir(app, roomDirectory);
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Instant> millis(String text) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty(); // the common case (every media event asks): no exception for it
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
