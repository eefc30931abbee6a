package io.streamhub.adapter.web.hls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.hls.HlsFileType;
import org.junit.jupiter.api.Test;

class HlsResponsePlanTest {
    private static final long MTIME = 1_795_000_000_000L;

    private static HlsResponsePlan get(HlsFileType type, long length, String range) {
        return HlsResponsePlan.of(type, length, MTIME, false, range, null, null, null);
    }

    @Test
    void aSegmentIsImmutableWithValidatorsAndAPlaylistIsNeverCached() {
        HlsResponsePlan segment = get(HlsFileType.TS, 1000, null);
        assertEquals(200, segment.status());
        assertEquals("public, max-age=31536000, immutable", segment.headers().get("Cache-Control"));
        assertEquals("video/mp2t", segment.headers().get("Content-Type"));
        assertEquals("1000", segment.headers().get("Content-Length"));
        assertEquals("\"3e8-" + Long.toHexString(MTIME) + "\"", segment.headers().get("ETag"));
        assertEquals("Wed, 18 Nov 2026 11:06:40 GMT", segment.headers().get("Last-Modified"));
        assertEquals("*", segment.headers().get("Access-Control-Allow-Origin"));
        assertTrue(segment.headers().get("Access-Control-Allow-Headers").contains("Range"));
        assertTrue(segment.headers().get("Access-Control-Expose-Headers").contains("Content-Range"));
        assertTrue(segment.body());

        HlsResponsePlan playlist = get(HlsFileType.PLAYLIST, 200, null);
        assertEquals("no-cache, no-store, must-revalidate", playlist.headers().get("Cache-Control"));
        assertEquals("application/vnd.apple.mpegurl", playlist.headers().get("Content-Type"));
        assertNull(playlist.headers().get("ETag"));
        assertNull(playlist.headers().get("Last-Modified"));
    }

    @Test
    void rangesAnswer206Or416OrTheWholeFile() {
        HlsResponsePlan first = get(HlsFileType.TS, 1000, "bytes=0-99");
        assertEquals(206, first.status());
        assertEquals("bytes 0-99/1000", first.headers().get("Content-Range"));
        assertEquals("100", first.headers().get("Content-Length"));
        assertEquals(0, first.offset());
        assertEquals(100, first.length());
        assertEquals("bytes 0-0/1000", get(HlsFileType.TS, 1000, "bytes=0-0").headers().get("Content-Range"));
        assertEquals("bytes 900-999/1000", get(HlsFileType.TS, 1000, "bytes=-100").headers().get("Content-Range"));
        assertEquals("bytes 0-999/1000", get(HlsFileType.TS, 1000, "bytes=-5000").headers().get("Content-Range"));
        assertEquals("bytes 500-999/1000", get(HlsFileType.TS, 1000, "bytes=500-").headers().get("Content-Range"));
        assertEquals("bytes 500-999/1000", get(HlsFileType.TS, 1000, "bytes=500-99999").headers().get("Content-Range"));

        HlsResponsePlan past = get(HlsFileType.TS, 1000, "bytes=1000-");
        assertEquals(416, past.status());
        assertEquals("bytes */1000", past.headers().get("Content-Range"));
        assertFalse(past.body());
        assertEquals(416, get(HlsFileType.TS, 1000, "bytes=-0").status());

        for (String ignored : new String[] {"bytes=0-1,5-6", "items=0-1", "bytes=5-1", "bytes=a-b", "bytes=", "bytes=-",
                "bytes=99999999999999999999-"}) {
            assertEquals(200, get(HlsFileType.TS, 1000, ignored).status(), ignored);
        }
        assertEquals(206, get(HlsFileType.PLAYLIST, 200, "bytes=0-9").status(), "a playlist is ranged too");
    }

    @Test
    void conditionalRequestsUseTheSegmentsValidators() {
        String etag = HlsResponsePlan.etag(1000, MTIME);
        assertEquals(304, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, null, null, etag, null).status());
        assertEquals(304, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, null, null, "\"x\", " + etag, null).status());
        assertEquals(200, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, null, null, "\"other\"", null).status());
        assertEquals(304, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, null, null, null,
                "Wed, 18 Nov 2026 11:06:40 GMT").status());
        assertEquals(200, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, null, null, null,
                "Wed, 18 Nov 2026 11:06:39 GMT").status());
        assertEquals(200, HlsResponsePlan.of(HlsFileType.PLAYLIST, 1000, MTIME, false, null, null, "*", null).status(),
                "a playlist has no validators");
        assertEquals(206, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, "bytes=0-1", etag, null, null).status());
        assertEquals(200, HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, false, "bytes=0-1", "\"old\"", null, null).status());
    }

    @Test
    void headHasTheHeadersWithoutABodyAndOptionsIs204() {
        HlsResponsePlan head = HlsResponsePlan.of(HlsFileType.TS, 1000, MTIME, true, null, null, null, null);
        assertEquals(200, head.status());
        assertEquals("1000", head.headers().get("Content-Length"));
        assertFalse(head.body());
        HlsResponsePlan options = HlsResponsePlan.options();
        assertEquals(204, options.status());
        assertEquals("GET, HEAD, OPTIONS", options.headers().get("Access-Control-Allow-Methods"));
        assertSame(HlsResponsePlan.UNSATISFIABLE, HlsResponsePlan.parseRange("bytes=5-", 0));
        assertArrayEquals(new long[] {0, 4}, HlsResponsePlan.parseRange("bytes=0-4", 5));
    }
}
