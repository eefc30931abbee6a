package io.streamhub.adapter.web.hls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.streamhub.application.port.in.HlsUseCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HlsHttpHandlerTest {
    @TempDir
    Path data;

    private EmbeddedChannel channel(boolean isPublic) throws Exception {
        Path room = Files.createDirectories(data.resolve("apps/studio/hls/show"));
        Files.write(room.resolve("segment_00001.ts"), new byte[4096]);
        Files.writeString(room.resolve("index.m3u8"), "#EXTM3U\n");
        HlsUseCases.HlsPlaybackUseCase playback = app -> app.value().equals("studio") ? Optional.of(isPublic) : Optional.empty();
        return new EmbeddedChannel(new HlsHttpHandler(new HlsFileStore(data), new HlsPlaybackGate(playback, (a, r) -> Optional.empty())));
    }

    private static HttpRequest get(String uri) {
        return new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
    }

    @Test
    void aPlaylistOnTheWireHeadThenGetWithCloseThroughTheRealCodec() throws Exception {
        EmbeddedChannel ch = channel(true);
        ch.pipeline().addFirst(new HttpServerCodec());
        ch.writeInbound(Unpooled.copiedBuffer("HEAD /hls/studio/show/index.m3u8 HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET /hls/studio/show/index.m3u8 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", StandardCharsets.US_ASCII));
        StringBuilder wire = new StringBuilder();
        for (Object out; (out = ch.readOutbound()) != null; ) {
            ByteBuf buf = (ByteBuf) out;
            wire.append(buf.toString(StandardCharsets.US_ASCII));
            buf.release();
        }
        String[] answers = wire.toString().split("(?=HTTP/1\\.1 )");
        assertEquals(2, answers.length, wire.toString());
        assertTrue(answers[0].startsWith("HTTP/1.1 200 OK\r\n"));
        assertTrue(answers[0].contains("content-length: 8\r\n") || answers[0].contains("Content-Length: 8\r\n"), answers[0]);
        assertTrue(answers[0].endsWith("\r\n\r\n"), "HEAD: headers only");
        assertTrue(answers[1].toLowerCase(java.util.Locale.ROOT).contains("connection: close\r\n"), answers[1]);
        assertTrue(answers[1].endsWith("\r\n\r\n#EXTM3U\n"), answers[1]);
        assertTrue(!answers[0].toLowerCase(java.util.Locale.ROOT).contains("connection:"), "keep-alive is HTTP/1.1's default");
        assertTrue(!ch.isOpen(), "closed after the answer to Connection: close");
        ch.finishAndReleaseAll();
    }

    @Test
    void aSegmentLeavesAsAFileRegionSoTheKernelCopiesIt() throws Exception {
        EmbeddedChannel ch = channel(true);
        ch.writeInbound(get("/hls/studio/show/segment_00001.ts"));
        HttpResponse head = ch.readOutbound();
        assertEquals(HttpResponseStatus.OK, head.status());
        assertEquals("4096", head.headers().get("Content-Length"));
        DefaultFileRegion region = assertInstanceOf(DefaultFileRegion.class, ch.readOutbound());
        assertEquals(4096, region.count());
        region.release();
        assertSame(LastHttpContent.EMPTY_LAST_CONTENT, ch.readOutbound());
        assertNull(ch.readInbound(), "nothing reached the router");
        ch.finishAndReleaseAll();
    }

    @Test
    void otherRequestsAndPrivateAppsGoOnToTheRouter() throws Exception {
        EmbeddedChannel ch = channel(false);
        HttpRequest api = get("/api/v1/health");
        ch.writeInbound(api);
        assertSame(api, ch.readInbound());
        ch.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        ReferenceCountUtil.release(ch.readOutbound());
        HttpRequest privateSegment = get("/hls/studio/show/segment_00001.ts");
        ch.writeInbound(privateSegment);
        assertSame(privateSegment, ch.readInbound(), "the controller checks the caller");
        ch.finishAndReleaseAll();
    }

    @Test
    void anHlsRequestBehindAPendingAnswerWaitsForIt() throws Exception {
        EmbeddedChannel ch = channel(true);
        HttpRequest api = get("/api/v1/health");
        ch.writeInbound(api, get("/hls/studio/show/index.m3u8"), get("/api/v1/other"));
        assertSame(api, ch.readInbound());
        assertNull(ch.readInbound(), "held behind the HLS request");
        assertNull(ch.readOutbound(), "the playlist waits for the first answer");

        ch.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NO_CONTENT));
        FullHttpResponse first = ch.readOutbound();
        assertEquals(HttpResponseStatus.NO_CONTENT, first.status());
        first.release();
        // a whole playlist leaves as one message: headers and body together
        FullHttpResponse playlist = ch.readOutbound();
        assertEquals(HttpResponseStatus.OK, playlist.status());
        assertEquals("no-cache, no-store, must-revalidate", playlist.headers().get("Cache-Control"));
        assertEquals("#EXTM3U\n", playlist.content().toString(java.nio.charset.StandardCharsets.UTF_8));
        playlist.release();
        HttpRequest third = ch.readInbound();
        assertEquals("/api/v1/other", third.uri(), "released to the router after the playlist");
        ch.finishAndReleaseAll();
    }

    @Test
    void unknownAppsAndBadPathsAre404WithoutTouchingTheRouter() throws Exception {
        EmbeddedChannel ch = channel(true);
        ch.writeInbound(get("/hls/ghost/show/index.m3u8"));
        FullHttpResponse ghost = ch.readOutbound();
        assertEquals(HttpResponseStatus.NOT_FOUND, ghost.status());
        assertTrue(ghost.content().toString(java.nio.charset.StandardCharsets.UTF_8).contains("HLS resource not found"));
        ghost.release();
        ch.writeInbound(get("/hls/studio/show/%2e%2e%2findex.m3u8"));
        FullHttpResponse bad = ch.readOutbound();
        assertEquals(HttpResponseStatus.NOT_FOUND, bad.status());
        bad.release();
        assertNull(ch.readInbound());
        ch.finishAndReleaseAll();
    }
}
