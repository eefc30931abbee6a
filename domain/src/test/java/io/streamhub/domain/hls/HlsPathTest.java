package io.streamhub.domain.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HlsPathTest {

    @Test
    void aPlainPathNamesTheAppTheRoomDirectoryAndTheFile() {
        HlsPath path = HlsPath.parse("/hls/studio/studio-show/segment_00001.ts").orElseThrow();
        assertEquals("studio", path.app());
        assertEquals("studio-show", path.room());
        assertEquals("segment_00001.ts", path.file());
        assertEquals(HlsFileType.TS, path.type());
        assertEquals("/hls/studio/studio-show/segment_00001.ts", path.urlPath());
        assertEquals(HlsFileType.PLAYLIST, HlsPath.parse("/hls/studio/show/index.m3u8").orElseThrow().type());
        assertEquals(HlsFileType.M4S, HlsPath.parse("/hls/studio/show/chunk-3.m4s").orElseThrow().type());
        assertEquals(HlsFileType.MP4, HlsPath.parse("/hls/studio/show/init.mp4").orElseThrow().type());
    }

    @Test
    void traversalEncodingAndOddShapesAreRefusedBeforeAnyFileIsNamed() {
        List<String> refused = List.of(
                "/hls/studio/../../etc/passwd", "/hls/studio/show/../index.m3u8", "/hls/studio/../show/index.m3u8",
                "/hls/studio/show/..", "/hls/studio/./index.m3u8", "/hls/../apps/studio/app.db",
                "/hls/studio/show/%2e%2e%2fapp.db", "/hls/studio/%2e%2e/index.m3u8", "/hls/studio/show%2f..%2fx/index.m3u8",
                "/hls/studio/show/%252e%252e%252fapp.db", "/hls/studio/show/index%2em3u8", "/hls/studio/show\\..\\x.ts",
                "/hls/studio/show/..\\app.db", "/hls//etc/passwd", "/hls/studio//index.m3u8", "/hls/studio/show/",
                "/hls/studio/show/index.m3u8/", "/hls/studio/show/a/index.m3u8", "/hls/Studio/show/index.m3u8",
                "/hls/studio/show/.hidden.ts", "/hls/studio/show/app.db", "/hls/studio/show/index", "/hls/studio/show/x.m3u8.db",
                "/hls/studio/sh.ow/index.m3u8", "/hls/studio/show/in dex.m3u8", "hls/studio/show/index.m3u8",
                "/HLS/studio/show/index.m3u8", "/hls/studio/show/index.m3u8\u0000.ts", "/hls/st/show/index.m3u8", "");
        for (String path : refused) {
            assertEquals(Optional.empty(), HlsPath.parse(path), path);
        }
        assertEquals(Optional.empty(), HlsPath.parse(null));
        assertEquals(Optional.empty(), HlsPath.parse("/hls/studio/show/" + "a".repeat(400) + ".ts"));
    }

    @Test
    void aRoomDirectoryIsTheRoomWithEveryOtherCharacterReplaced() {
        assertEquals("studio-show_1", HlsPath.roomDirectory("studio-show.1"));
        assertEquals("__", HlsPath.roomDirectory(".."));
        assertEquals("a_b_c", HlsPath.roomDirectory("a/b\\c"));
        assertTrue(HlsPath.parse("/hls/studio/" + HlsPath.roomDirectory("studio-a.b") + "/index.m3u8").isPresent());
        assertThrows(IllegalArgumentException.class, () -> HlsPath.roomDirectory(""));
    }

    @Test
    void playlistsAreNeverCachedWhileSegmentsAreImmutable() {
        assertEquals("no-cache, no-store, must-revalidate", HlsFileType.PLAYLIST.cacheControl());
        assertEquals("application/vnd.apple.mpegurl", HlsFileType.PLAYLIST.contentType());
        for (HlsFileType segment : List.of(HlsFileType.TS, HlsFileType.M4S, HlsFileType.MP4)) {
            assertEquals("public, max-age=31536000, immutable", segment.cacheControl());
            assertTrue(segment.immutable());
        }
        assertEquals("video/mp2t", HlsFileType.TS.contentType());
        assertEquals("video/iso.segment", HlsFileType.M4S.contentType());
        assertEquals(Optional.of(HlsFileType.TS), HlsFileType.of("A.TS"));
        assertEquals(Optional.empty(), HlsFileType.of("index.html"));
    }

    @Test
    void aSpecNamesThePlaylistAndTheSegmentsInTheRoomsDirectory() {
        HlsSpec spec = new HlsSpec("studio-show", "grid", "/data/apps/studio/hls/studio-show", io.streamhub.domain.app.AppConfig.Hls.defaults());
        assertEquals("/data/apps/studio/hls/studio-show/index.m3u8", spec.playlistPath());
        assertEquals("/data/apps/studio/hls/studio-show/segment_", spec.segmentPrefix());
    }
}
