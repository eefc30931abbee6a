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
 * by {@link HlsPath} (plain names only); the room directory must be a real directory (not a link)
 * inside the app's real {@code hls} directory (checked at most once a second per room), and the file
 * is opened without following links ({@code O_NOFOLLOW}), so a link can never lead out of it. A playlist is read whole (it is small and rewritten in place by some
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

    static final long ROOM_CHECK_NANOS = 1_000_000_000L;

    private record CheckedRoom(Path directory, long until) {
    }

    private final Path apps;
    private final Map<String, Path> realHlsRoots = new ConcurrentHashMap<>();
    private final Map<String, CheckedRoom> rooms = new ConcurrentHashMap<>();

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
            Path room = roomDirectory(path.app(), path.room());
            if (room == null) {
                return Optional.empty();
            }
            // the name is plain (HlsPath), so the file is directly in the room; a link is never followed
            Path file = room.resolve(path.file());
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                return Optional.empty();
            }
            long modified = attrs.lastModifiedTime().toMillis();
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            if (path.type().immutable()) {
                return Optional.of(new Channel(channel, attrs.size(), modified));
            }
            try (channel) {
                long size = channel.size();
                return Optional.of(new Bytes(read(channel, 0, size), modified));
            }
        } catch (IOException | SecurityException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The room directory when it is a real directory (not a link) directly in the app's real
     * {@code hls} directory; the answer is remembered for {@link #ROOM_CHECK_NANOS} so a segment
     * request costs one stat and one open, like nginx.
     */
    private Path roomDirectory(String app, String room) throws IOException {
        String key = app + "/" + room;
        long now = System.nanoTime();
        CheckedRoom checked = rooms.get(key);
        if (checked != null && now - checked.until() < 0) {
            return checked.directory();
        }
        Path root = realHlsRoot(app);
        Path dir = root == null ? null : root.resolve(room);
        if (dir != null && (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !dir.toRealPath().equals(dir))) {
            dir = null;
        }
        if (rooms.size() > 10_000) {
            rooms.clear();
        }
        rooms.put(key, new CheckedRoom(dir, now + ROOM_CHECK_NANOS));
        return dir;
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
        if (cached != null && Files.isDirectory(cached, LinkOption.NOFOLLOW_LINKS)) {
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
