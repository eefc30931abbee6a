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
import java.util.concurrent.TimeUnit;

/**
 * Opens live HLS files under {@code DATA_DIR/apps/<app>/hls/<room>/}. The path was already checked
 * by {@link HlsPath} (plain names only); the room directory must be a real directory (not a link)
 * inside the app's real {@code hls} directory (checked at most once a second per room), and the file
 * is opened without following links ({@code O_NOFOLLOW}), so a link can never lead out of it. A playlist is read whole (it is small and rewritten in place by some
 * packagers, so one read gives a consistent copy) and its bytes are kept while the file is unchanged;
 * a segment is opened for a zero-copy transfer.
 */
@Singleton
public class HlsFileStore {
    /** A file ready to send. */
    sealed interface Opened permits Bytes, Channel {
        long length();

        long lastModifiedMillis();
    }

    /**
     * A playlist read whole. While the file is unchanged the same instance is handed out again, so a
     * caller may keep what it derives from it (the Netty handler keeps its ready-made answer in
     * {@link #prepared}).
     */
    static final class Bytes implements Opened {
        private final byte[] content;
        private final long lastModifiedMillis;
        /** Whatever the caller derived from these bytes (its answer); set at most once per variant. */
        volatile Object prepared;

        Bytes(byte[] content, long lastModifiedMillis) {
            this.content = content;
            this.lastModifiedMillis = lastModifiedMillis;
        }

        byte[] content() {
            return content;
        }

        @Override
        public long length() {
            return content.length;
        }

        @Override
        public long lastModifiedMillis() {
            return lastModifiedMillis;
        }
    }

    /** The caller owns (closes) the channel. */
    record Channel(FileChannel channel, long length, long lastModifiedMillis) implements Opened {
    }

    static final long ROOM_CHECK_NANOS = 1_000_000_000L;

    /**
     * How long ago a playlist must have been modified before its bytes are kept: a file modified
     * within the same clock tick as a read could change again without its size and time moving
     * (the "racy" case), so recently modified playlists are read again until they are older.
     */
    static final long SETTLED_MILLIS = 100;

    private record CheckedRoom(Path directory, long until) {
    }

    /** A playlist as last read: kept while its inode, size and modification time are unchanged. */
    private record Cached(Object fileKey, long size, long modifiedNanos, Bytes bytes) {
    }

    private final Path apps;
    private final Map<String, Path> realHlsRoots = new ConcurrentHashMap<>();
    private final Map<String, CheckedRoom> rooms = new ConcurrentHashMap<>();
    private final Map<Path, Cached> playlists = new ConcurrentHashMap<>();

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
            if (!path.type().immutable()) {
                return Optional.of(playlist(file, attrs));
            }
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Channel(channel, attrs.size(), modified));
        } catch (IOException | SecurityException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * A playlist's bytes: the kept copy when the file's inode, size and modification time are those
     * it was read with (one stat per request, like a segment), else one read of the file. A copy is
     * kept only when the file was modified at least {@link #SETTLED_MILLIS} before it was read.
     */
    private Bytes playlist(Path file, BasicFileAttributes attrs) throws IOException {
        Object key = attrs.fileKey();
        long modifiedNanos = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Cached cached = playlists.get(file);
        if (cached != null && cached.size() == attrs.size() && cached.modifiedNanos() == modifiedNanos
                && key != null && key.equals(cached.fileKey())) {
            return cached.bytes();
        }
        byte[] content;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            content = read(channel, 0, channel.size());
        }
        Bytes bytes = new Bytes(content, modifiedNanos / 1_000_000);
        long settledBefore = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() - SETTLED_MILLIS);
        if (key != null && content.length == attrs.size() && modifiedNanos < settledBefore) {
            if (playlists.size() > 10_000) {
                playlists.clear();
            }
            playlists.put(file, new Cached(key, attrs.size(), modifiedNanos, bytes));
        } else {
            playlists.remove(file);
        }
        return bytes;
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
        if (cached != null && Files.isDirectory(cached, LinkOption.NOFOLLOW_LINKS)) { // once a second per room at most
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
