package io.streamhub.adapter.persistence.files;

import io.micronaut.context.annotation.Property;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each app's directory {@code DATA_DIR/apps/<app>/}: media folders, {@code config.yaml} (replaced
 * atomically, never holding a secret) and the app's own SQLite database {@code app.db}.
 */
@Singleton
public class FileAppWorkspace implements AppWorkspace {
    private static final List<String> MEDIA_DIRS = List.of("recordings", "hls", "snapshots", "samples");
    private static final String CONFIG = "config.yaml";

    private final Path apps;
    private final AppDatabases databases;
    /** Parsed configs, valid while the file's modification time and size are unchanged (one stat per read). */
    private final Map<AppName, CachedConfig> configs = new ConcurrentHashMap<>();

    private record CachedConfig(FileTime modified, long size, AppConfig config) {
    }

    /** For tests: a workspace with its own database cache. */
    FileAppWorkspace(String dataDir) {
        this(dataDir, new AppDatabases(dataDir));
    }

    @Inject
    FileAppWorkspace(@Property(name = "streamhub.data-dir") String dataDir, AppDatabases databases) {
        this.databases = databases;
        this.apps = Path.of(dataDir, "apps").toAbsolutePath().normalize();
    }

    /** Keeps an existing {@code config.yaml}: creating twice never overwrites the first config. */
    @Override
    public void create(App app, AppConfig config) {
        Path dir = dirOf(app.name());
        try {
            for (String media : MEDIA_DIRS) {
                Files.createDirectories(dir.resolve(media));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directories of app " + app.name(), e);
        }
        if (Files.notExists(dir.resolve(CONFIG))) {
            writeConfig(app, config);
        }
        databases.migrate(app.name());
    }

    /** A missing file, like a missing key, reads as the defaults. */
    @Override
    public AppConfig readConfig(AppName app) {
        Path file = dirOf(app).resolve(CONFIG);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            CachedConfig cached = configs.get(app);
            if (cached != null && cached.modified().equals(attributes.lastModifiedTime()) && cached.size() == attributes.size()) {
                return cached.config();
            }
            AppConfig config = AppConfigYaml.read(Files.readString(file));
            configs.put(app, new CachedConfig(attributes.lastModifiedTime(), attributes.size(), config));
            return config;
        } catch (NoSuchFileException missing) {
            return AppConfig.defaults();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void writeConfig(App app, AppConfig config) {
        Path file = dirOf(app.name()).resolve(CONFIG);
        try {
            Path temp = Files.createTempFile(file.getParent(), CONFIG + ".", ".tmp");
            try {
                Files.writeString(temp, AppConfigYaml.write(app, config));
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                configs.remove(app.name());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @throws IllegalStateException when the app's directory resolves outside {@code DATA_DIR/apps} (a symbolic link) */
    @Override
    public void purge(AppName app) {
        databases.forget(app);
        configs.remove(app);
        Path dir = dirOf(app);
        if (Files.notExists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (!dir.toRealPath().startsWith(apps.toRealPath())) {
                throw new IllegalStateException("refusing to purge " + dir + ": it resolves outside " + apps);
            }
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot purge " + dir, e);
        }
    }

    @Override
    public long activeStreams(AppName app) {
        return databases.activeStreams(app);
    }

    @Override
    public long diskBytes(AppName app) {
        return DiskUsage.tree(dirOf(app));
    }

    private Path dirOf(AppName app) {
        Path dir = apps.resolve(app.value()).normalize();
        if (!apps.equals(dir.getParent())) {
            throw new IllegalArgumentException("app directory " + dir + " is not inside " + apps);
        }
        return dir;
    }
}
