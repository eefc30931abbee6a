package io.streamhub.adapter.web.hls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.hls.HlsPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlsFileStoreTest {
    @TempDir
    Path data;

    private Path playlist(String text, Instant modified) throws Exception {
        Path dir = Files.createDirectories(data.resolve("apps/studio/hls/show"));
        Path file = dir.resolve("index.m3u8");
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static HlsFileStore.Bytes open(HlsFileStore store) {
        return (HlsFileStore.Bytes) store.open(HlsPath.parse("/hls/studio/show/index.m3u8").orElseThrow()).orElseThrow();
    }

    @Test
    void anUnchangedSettledPlaylistIsKeptAndAChangedOneIsReadAgain() throws Exception {
        Instant old = Instant.now().minusSeconds(60);
        Path file = playlist("#EXTM3U\n#A\n", old);
        HlsFileStore store = new HlsFileStore(data);
        HlsFileStore.Bytes first = open(store);
        assertSame(first, open(store), "an unchanged file is not read again");

        // rewritten in place with the same size: the new modification time gives it away
        Files.writeString(file, "#EXTM3U\n#B\n");
        Files.setLastModifiedTime(file, FileTime.from(old.plusMillis(1)));
        HlsFileStore.Bytes second = open(store);
        assertNotSame(first, second);
        assertArrayEquals("#EXTM3U\n#B\n".getBytes(StandardCharsets.UTF_8), second.content());

        // replaced by a new file (new inode) with the same size and time
        Path tmp = file.resolveSibling("tmp");
        Files.writeString(tmp, "#EXTM3U\n#C\n");
        Files.setLastModifiedTime(tmp, FileTime.from(old.plusMillis(1)));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        assertArrayEquals("#EXTM3U\n#C\n".getBytes(StandardCharsets.UTF_8), open(store).content());
    }

    @Test
    void aJustModifiedPlaylistIsReadEveryTime() throws Exception {
        Path file = playlist("#EXTM3U\n#A\n", Instant.now().plusSeconds(5)); // "now" for the whole test
        HlsFileStore store = new HlsFileStore(data);
        HlsFileStore.Bytes first = open(store);
        assertNotSame(first, open(store), "a file modified within the racy window is not kept");
        // same size, same time, different bytes: only a fresh read can see it
        Files.writeString(file, "#EXTM3U\n#Z\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertTrue(new String(open(store).content(), StandardCharsets.UTF_8).endsWith("#Z\n"));
    }
}
