package io.streamhub.adapter.persistence.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.HlsDirectories;
import io.streamhub.domain.app.AppName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHlsDirectoriesTest {
    @TempDir
    Path data;

    @Test
    void theEgressAndTheEndOfARoomAreKeptBesideItsSegmentsUntilTheDirectoryIsRemoved() throws Exception {
        LocalHlsDirectories dirs = new LocalHlsDirectories(data);
        AppName studio = new AppName("studio");
        String dir = dirs.egressDirectory(studio, "studio-show");
        assertEquals(data.resolve("apps/studio/hls/studio-show").toAbsolutePath().toString(), dir);
        assertFalse(dirs.playlistExists(studio, "studio-show"));
        dirs.egressStarted(studio, "studio-show", "EG_1");
        assertEquals(Optional.of("EG_1"), dirs.activeEgress(studio, "studio-show"));
        Files.writeString(Path.of(dir, "index.m3u8"), "#EXTM3U\n");
        Files.writeString(Path.of(dir, "segment_00000.ts"), "x");
        assertTrue(dirs.playlistExists(studio, "studio-show"));

        Instant end = Instant.parse("2026-11-21T10:00:00Z");
        dirs.ended(studio, "studio-show", end);
        assertEquals(Optional.empty(), dirs.activeEgress(studio, "studio-show"));
        assertEquals(List.of(), dirs.endedBefore(end.minusSeconds(1)));
        assertEquals(List.of(new HlsDirectories.Ended(studio, "studio-show", end)), dirs.endedBefore(end));

        dirs.egressStarted(studio, "studio-show", "EG_2");
        assertEquals(List.of(), dirs.endedBefore(end.plusSeconds(60)), "restarted: no longer ended");
        dirs.ended(studio, "studio-show", end);
        dirs.delete(studio, "studio-show");
        assertFalse(Files.exists(Path.of(dir)));
        assertTrue(Files.isDirectory(data.resolve("apps/studio/hls")));
        dirs.ended(studio, "studio-show", end);
        assertFalse(Files.exists(Path.of(dir)), "ending a removed directory does not recreate it");
    }

    @Test
    void onlyRoomDirectoryNamesAreAccepted() {
        LocalHlsDirectories dirs = new LocalHlsDirectories(data);
        AppName studio = new AppName("studio");
        assertThrows(IllegalArgumentException.class, () -> dirs.egressDirectory(studio, ".."));
        assertThrows(IllegalArgumentException.class, () -> dirs.delete(studio, "../../data"));
        assertFalse(Files.exists(data.resolve("apps/studio/hls")), "nothing was created");
    }
}
