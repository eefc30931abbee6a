package io.streamhub.adapter.web.hls;

import io.micronaut.context.annotation.Property;
import io.streamhub.domain.hls.HlsPath;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens live HLS files under {@code DATA_DIR/apps/<app>/hls/<room>/}. The path was already checked
 * by {@link HlsPath} (plain names only); here the file's real location (symbolic links resolved) must
 * lie directly in the real room directory inside the app's real {@code hls} directory, so a link can
 * never lead out of it. A playlist is read whole (it is small and rewritten in place by some
 * packagers, so one read gives a consistent copy); a segment is opened for a zero-copy transfer.
 */
@Singleton
public class HlsFileStore {
    /** A file ready to send. */
    sealed interface Opened permits Bytes, Channel {
        long length();

        long lastModifiedMillis();
    }

    record Bytes(byte[] content, long lastModifiedMillis) implements Opened {
        @Override
        public long length() {
            return content.length;
        }
    }

    /** The caller owns (closes) the channel. */
    record Channel(FileChannel channel, long length, long lastModifiedMillis) implements Opened {
    }

    private final Path apps;
    private final Map<String, Path> realHlsRoots = new ConcurrentHashMap<>();

    @Inject
    HlsFileStore(@Property(name = "streamhub.data-dir") String dataDir) {
        this(Path.of(dataDir));
    }

    HlsFileStore(Path dataDir) {
        this.apps = dataDir.resolve("apps").toAbsolutePath().normalize();
    }

    /** The file, or empty when it does not exist, is not a regular file, or lies outside its room directory. */
    Optional<Opened> open(HlsPath path) {
        try {
            Path root = realHlsRoot(path.app());
            if (root == null) {
                return Optional.empty();
            }
            Path room = root.resolve(path.room());
            Path real = room.resolve(path.file()).toRealPath();
            if (!room.equals(real.getParent()) || !room.equals(room.toRealPath())) {
                return Optional.empty();
            }
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            long modified = attrs.lastModifiedTime().toMillis();
            if (!path.type().immutable()) {
                return Optional.of(new Bytes(Files.readAllBytes(real), modified));
            }
            FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Channel(channel, channel.size(), modified));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Reads {@code length} bytes at {@code offset} (for the paths that cannot send a file region). */
    static byte[] read(FileChannel channel, long offset, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(length));
        long position = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position);
            if (n < 0) {
                break;
            }
            position += n;
        }
        return buffer.array();
    }

    private Path realHlsRoot(String app) throws IOException {
        Path cached = realHlsRoots.get(app);
        if (cached != null && Files.isDirectory(cached)) {
            return cached;
        }
        Path hls = apps.resolve(app).resolve("hls");
        if (!Files.isDirectory(hls)) {
            return null;
        }
        Path real = hls.toRealPath();
        realHlsRoots.put(app, real);
        return real;
    }
}
