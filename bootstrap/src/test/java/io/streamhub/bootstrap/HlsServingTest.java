package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import livekit.LivekitEgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live HLS made by ffmpeg (Debian) in real time into an app's HLS directory, served at
 * {@code /hls/<app>/<room>/<file>}: headers, ranges, validators, CORS, traversal refused on the raw
 * wire, private playback, HTTP/1.1 pipelining order; and the HLS egress API against a LiveKit
 * Twirp stand-in.
 */
@MicronautTest(transactional = false)
class HlsServingTest extends ApiTestSupport {
    private final List<String> twirpCalls = new CopyOnWriteArrayList<>();
    private final List<byte[]> twirpBodies = new CopyOnWriteArrayList<>();
    private final HttpServer twirp = twirp();
    private String admin;
    private Process ffmpeg;
    private Path live;

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.livekit.url", "http://127.0.0.1:" + twirp.getAddress().getPort());
    }

    private HttpServer twirp() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/twirp/", exchange -> {
                String method = exchange.getRequestURI().getPath().substring("/twirp/".length());
                twirpCalls.add(method);
                twirpBodies.add(exchange.getRequestBody().readAllBytes());
                byte[] answer = LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_HLS_1").setRoomName("studio-show")
                        .setStatus(method.endsWith("StopEgress") ? LivekitEgress.EgressStatus.EGRESS_ENDING
                                : LivekitEgress.EgressStatus.EGRESS_STARTING).build().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/protobuf");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    void liveStream() throws Exception {
        admin = adminJwt();
        createApp(admin, "studio");
        call("PATCH", "/api/v1/apps/studio/config", admin, "{\"features\":{\"publicPlayback\":true}}").expect(200);
        createApp(admin, "vault");
        call("PATCH", "/api/v1/apps/vault/config", admin, "{\"features\":{\"publicPlayback\":false}}").expect(200);
        live = Files.createDirectories(dataDir.resolve("apps/studio/hls/studio-show"));
        ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-nostdin", "-re", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000", "-t", "60", "-c:v", "libx264", "-preset", "ultrafast",
                "-g", "25", "-c:a", "aac", "-f", "hls", "-hls_time", "1", "-hls_list_size", "5",
                "-hls_flags", "delete_segments+temp_file", "-hls_segment_filename", live.resolve("segment_%05d.ts").toString(),
                live.resolve("index.m3u8").toString()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("ffmpeg.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (segments().size() < 3) {
            if (System.currentTimeMillis() > deadline || !ffmpeg.isAlive()) {
                throw new AssertionError("ffmpeg made no live HLS: " + Files.readString(dataDir.resolve("ffmpeg.log")));
            }
            Thread.sleep(200);
        }
        Path vault = Files.createDirectories(dataDir.resolve("apps/vault/hls/vault-show"));
        Files.writeString(vault.resolve("index.m3u8"), "#EXTM3U\n#EXT-X-TARGETDURATION:1\n");
    }

    @AfterAll
    void stop() {
        if (ffmpeg != null) {
            ffmpeg.destroy();
        }
        twirp.stop(0);
    }

    private List<String> segments() throws IOException {
        Path playlist = live.resolve("index.m3u8");
        if (!Files.exists(playlist)) {
            return List.of();
        }
        return Files.readAllLines(playlist).stream().filter(l -> l.endsWith(".ts")).toList();
    }

    private HttpResponse<byte[]> fetch(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static void assertCors(HttpResponse<?> r) {
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
        assertEquals("GET, HEAD, OPTIONS", header(r, "Access-Control-Allow-Methods"));
        assertTrue(header(r, "Access-Control-Allow-Headers").contains("Range"));
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("Content-Range"));
        assertTrue(header(r, "Access-Control-Expose-Headers").contains("Content-Length"));
    }

    private static void assertNotFoundJson(int status, String body) {
        assertEquals(404, status, body);
        assertEquals("{\"data\":null,\"error\":{\"code\":\"not_found\",\"message\":\"HLS resource not found\"}}", body);
    }

    @Test
    void thePlaylistIsServedFreshWhileFfmpegWritesIt() throws Exception {
        HttpResponse<byte[]> first = fetch("GET", "/hls/studio/studio-show/index.m3u8");
        assertEquals(200, first.statusCode());
        assertEquals("application/vnd.apple.mpegurl", header(first, "Content-Type"));
        assertEquals("no-cache, no-store, must-revalidate", header(first, "Cache-Control"));
        assertEquals(null, header(first, "ETag"));
        assertCors(first);
        String text = new String(first.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#EXTM3U"), text);
        assertEquals(Long.toString(first.body().length), header(first, "Content-Length"));
        Thread.sleep(2500);
        String later = new String(fetch("GET", "/hls/studio/studio-show/index.m3u8").body(), StandardCharsets.UTF_8);
        assertNotEquals(text, later, "the live playlist moved on and is never served from a cache");
        assertTrue(later.contains("#EXT-X-MEDIA-SEQUENCE"));
    }

    @Test
    void aSegmentIsImmutableWithValidatorsAndItsExactBytes() throws Exception {
        List<String> names = segments();
        String name = names.get(names.size() - 1);
        byte[] onDisk = Files.readAllBytes(live.resolve(name));
        HttpResponse<byte[]> r = fetch("GET", "/hls/studio/studio-show/" + name);
        assertEquals(200, r.statusCode());
        assertEquals("video/mp2t", header(r, "Content-Type"));
        assertEquals("public, max-age=31536000, immutable", header(r, "Cache-Control"));
        assertEquals("bytes", header(r, "Accept-Ranges"));
        assertEquals(Long.toString(onDisk.length), header(r, "Content-Length"));
        assertNotNull(header(r, "Last-Modified"));
        String etag = header(r, "ETag");
        assertNotNull(etag);
        assertCors(r);
        assertArrayEquals(onDisk, r.body());
        assertTrue(onDisk.length > 1000, "a real segment");

        HttpResponse<byte[]> again = fetch("GET", "/hls/studio/studio-show/" + name, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);

        HttpResponse<byte[]> head = fetch("HEAD", "/hls/studio/studio-show/" + name);
        assertEquals(200, head.statusCode());
        assertEquals(Long.toString(onDisk.length), header(head, "Content-Length"));
        assertEquals(0, head.body().length);
        assertEquals("video/mp2t", header(head, "Content-Type"));
    }

    @Test
    void rangesAnswer206WithTheBytesAnd416PastTheEnd() throws Exception {
        List<String> names = segments();
        String name = names.get(names.size() - 1);
        byte[] onDisk = Files.readAllBytes(live.resolve(name));
        String path = "/hls/studio/studio-show/" + name;

        HttpResponse<byte[]> part = fetch("GET", path, "Range", "bytes=0-99");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 0-99/" + onDisk.length, header(part, "Content-Range"));
        assertEquals("100", header(part, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(onDisk, 0, 100), part.body());

        HttpResponse<byte[]> middle = fetch("GET", path, "Range", "bytes=188-375");
        assertEquals(206, middle.statusCode());
        assertArrayEquals(Arrays.copyOfRange(onDisk, 188, 376), middle.body());

        HttpResponse<byte[]> tail = fetch("GET", path, "Range", "bytes=-188");
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(onDisk, onDisk.length - 188, onDisk.length), tail.body());

        HttpResponse<byte[]> past = fetch("GET", path, "Range", "bytes=" + onDisk.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + onDisk.length, header(past, "Content-Range"));

        HttpResponse<byte[]> several = fetch("GET", path, "Range", "bytes=0-1,5-6");
        assertEquals(200, several.statusCode(), "several ranges: the whole file");
        assertArrayEquals(onDisk, several.body());
    }

    @Test
    void optionsIs204WithCorsAndOtherMethodsAre405() throws Exception {
        HttpResponse<byte[]> options = fetch("OPTIONS", "/hls/studio/studio-show/index.m3u8", "Origin", "https://player.test",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "range");
        assertEquals(204, options.statusCode());
        assertCors(options);
        HttpResponse<byte[]> post = fetch("POST", "/hls/studio/studio-show/index.m3u8");
        assertEquals(405, post.statusCode());
        assertEquals("*", header(post, "Access-Control-Allow-Origin"));
    }

    @Test
    void anythingMissingIsA404JsonNeverAFallback() throws Exception {
        for (String path : List.of("/hls/studio/studio-show/segment_99999.ts", "/hls/studio/nowhere/index.m3u8",
                "/hls/ghost-app/studio-show/index.m3u8", "/hls/studio/studio-show/index.html", "/hls/studio/studio-show",
                "/hls/studio", "/hls/")) {
            HttpResponse<byte[]> r = fetch("GET", path);
            assertNotFoundJson(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertEquals("application/json", header(r, "Content-Type"), path);
            assertEquals("*", header(r, "Access-Control-Allow-Origin"), path);
        }
    }

    /** One request written byte for byte on a new connection (no client normalises the path); the answer as text. */
    private String raw(String requestTarget) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    @Test
    void traversalInEveryEncodingIsRefusedOnTheWire() throws Exception {
        Path outside = Files.createDirectories(dataDir.resolve("outside"));
        Files.writeString(outside.resolve("secret.ts"), "TOP-SECRET");
        Files.writeString(dataDir.resolve("apps/studio/secret.m3u8"), "TOP-SECRET");
        Files.createSymbolicLink(live.resolve("leak.ts"), outside.resolve("secret.ts"));
        Files.createSymbolicLink(dataDir.resolve("apps/studio/hls/linked"), outside);
        List<String> attempts = List.of(
                "/hls/studio/studio-show/../secret.m3u8", "/hls/studio/studio-show/../../secret.m3u8",
                "/hls/studio/../studio/secret.m3u8", "/hls/studio/studio-show/..%2f..%2fsecret.m3u8",
                "/hls/studio/studio-show/%2e%2e/%2e%2e/secret.m3u8", "/hls/studio/%2e%2e/secret.m3u8",
                "/hls/studio/studio-show/%252e%252e%252fsecret.m3u8", "/hls/studio/studio-show/..\\..\\secret.m3u8",
                "/hls/studio/studio-show%5c..%5c..%5csecret.m3u8", "/hls/studio//secret.m3u8",
                "/hls/studio/studio-show//" + dataDir.resolve("apps/studio/secret.m3u8"),
                "/hls/studio/studio-show/leak.ts", "/hls/studio/linked/secret.ts", "/hls/STUDIO/studio-show/index.m3u8",
                "/hls/studio/studio-show/.egress", "/hls/studio/studio-show/index.m3u8%00.ts",
                "/hls/studio/studio-show/index%2em3u8");
        for (String attempt : attempts) {
            String answer = raw(attempt);
            assertTrue(answer.startsWith("HTTP/1.1 404"), attempt + " → " + answer);
            assertFalse(answer.contains("TOP-SECRET"), attempt);
            assertTrue(answer.endsWith("{\"data\":null,\"error\":{\"code\":\"not_found\",\"message\":\"HLS resource not found\"}}"),
                    attempt + " → " + answer);
        }
        assertTrue(raw("/hls/studio/studio-show/index.m3u8?v=1").startsWith("HTTP/1.1 200"), "a query string is ignored");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String requests = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /hls/studio/studio-show/index.m3u8 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /api/v1/health/live HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /hls/studio/studio-show/nothing.ts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
            String answers = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            int health = answers.indexOf("\"status\"");
            int playlist = answers.indexOf("#EXTM3U");
            int notFound = answers.indexOf("HLS resource not found");
            assertTrue(health > 0 && playlist > health && notFound > playlist, answers);
            assertEquals(4, answers.split("HTTP/1.1 ", -1).length - 1, answers);
        }
    }

    @Test
    void privatePlaybackNeedsACallerAllowedToReadTheApp() throws Exception {
        HttpResponse<byte[]> anonymous = fetch("GET", "/hls/vault/vault-show/index.m3u8");
        assertEquals(401, anonymous.statusCode());
        assertTrue(new String(anonymous.body(), StandardCharsets.UTF_8).contains("\"unauthorized\""));
        HttpResponse<byte[]> allowed = fetch("GET", "/hls/vault/vault-show/index.m3u8", "Authorization", "Bearer " + admin);
        assertEquals(200, allowed.statusCode());
        assertEquals("no-cache, no-store, must-revalidate", header(allowed, "Cache-Control"));
        assertEquals("application/vnd.apple.mpegurl", header(allowed, "Content-Type"));
        assertCors(allowed);
        assertTrue(new String(allowed.body(), StandardCharsets.UTF_8).startsWith("#EXTM3U"));
        HttpResponse<byte[]> ranged = fetch("GET", "/hls/vault/vault-show/index.m3u8", "Authorization", "Bearer " + admin,
                "Range", "bytes=0-6");
        assertEquals(206, ranged.statusCode());
        assertEquals("#EXTM3U", new String(ranged.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> missing = fetch("GET", "/hls/vault/vault-show/none.ts", "Authorization", "Bearer " + admin);
        assertNotFoundJson(missing.statusCode(), new String(missing.body(), StandardCharsets.UTF_8));

        String tenant = createTenant(admin, "Other");
        String stranger = memberJwt(admin, tenant, "stranger@o.test", "owner");
        assertEquals(404, fetch("GET", "/hls/vault/vault-show/index.m3u8", "Authorization", "Bearer " + stranger).statusCode());
    }

    @jakarta.inject.Inject
    io.streamhub.application.port.out.PlacementStore placements;

    @Test
    void aRoomServedByAnotherNodeIsProxiedWithAShortPlaylistCacheAndALongSegmentCache() throws Exception {
        java.util.concurrent.atomic.AtomicInteger playlistHits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger segmentHits = new java.util.concurrent.atomic.AtomicInteger();
        byte[] segment = new byte[300_000];
        new java.util.Random(7).nextBytes(segment);
        HttpServer edge = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        edge.createContext("/hls/studio/studio-remote/", exchange -> {
            String file = exchange.getRequestURI().getPath().substring("/hls/studio/studio-remote/".length());
            byte[] body;
            if (file.equals("index.m3u8")) {
                body = ("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:" + playlistHits.incrementAndGet() + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/vnd.apple.mpegurl");
            } else if (file.equals("segment_00001.ts")) {
                segmentHits.incrementAndGet();
                body = segment;
                exchange.getResponseHeaders().set("Last-Modified", "Wed, 18 Nov 2026 11:06:40 GMT");
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        edge.start();
        try {
            String nodeId = (String) call("POST", "/api/v1/cluster/join", null, "{\"name\":\"hls-edge\",\"ip\":\"127.0.0.1\",\"url\":\"http://127.0.0.1:"
                    + edge.getAddress().getPort() + "\"}", "X-Cluster-Token", CLUSTER_TOKEN).data().get("nodeId");
            placements.save(new io.streamhub.domain.placement.RoomPlacement(new io.streamhub.domain.app.AppName("studio"), "studio-remote",
                    new io.streamhub.domain.node.NodeId(nodeId), List.of("test"), java.time.Instant.now()));
            Thread.sleep(2100); // the owner lookup of a room seen before the placement is remembered for 2 s

            HttpResponse<byte[]> first = fetch("GET", "/hls/studio/studio-remote/index.m3u8");
            assertEquals(200, first.statusCode());
            assertEquals("application/vnd.apple.mpegurl", header(first, "Content-Type"));
            assertEquals("no-cache, no-store, must-revalidate", header(first, "Cache-Control"));
            assertCors(first);
            assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n", new String(first.body(), StandardCharsets.UTF_8));
            assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:1\n", new String(fetch("GET", "/hls/studio/studio-remote/index.m3u8").body(),
                    StandardCharsets.UTF_8), "within a second: from the origin's cache");
            assertEquals(1, playlistHits.get());
            Thread.sleep(1100);
            assertEquals("#EXTM3U\n#EXT-X-MEDIA-SEQUENCE:2\n", new String(fetch("GET", "/hls/studio/studio-remote/index.m3u8").body(),
                    StandardCharsets.UTF_8), "after a second the playlist is fetched again");

            for (int i = 0; i < 5; i++) {
                HttpResponse<byte[]> seg = fetch("GET", "/hls/studio/studio-remote/segment_00001.ts");
                assertEquals(200, seg.statusCode());
                assertEquals("public, max-age=31536000, immutable", header(seg, "Cache-Control"));
                assertEquals("Wed, 18 Nov 2026 11:06:40 GMT", header(seg, "Last-Modified"));
                assertArrayEquals(segment, seg.body());
            }
            assertEquals(1, segmentHits.get(), "a segment is fetched from its node once");
            HttpResponse<byte[]> part = fetch("GET", "/hls/studio/studio-remote/segment_00001.ts", "Range", "bytes=10-19");
            assertEquals(206, part.statusCode());
            assertArrayEquals(Arrays.copyOfRange(segment, 10, 20), part.body());
            HttpResponse<byte[]> missing = fetch("GET", "/hls/studio/studio-remote/segment_00009.ts");
            assertNotFoundJson(missing.statusCode(), new String(missing.body(), StandardCharsets.UTF_8));
        } finally {
            edge.stop(0);
        }
    }

    @Test
    void theHlsApiStartsASegmentedEgressIntoTheRoomsDirectoryAndStopsIt() throws Exception {
        String published = LiveKitWebhookTest.body("track_published", "studio-api", "alice");
        call("POST", "/api/v1/webhooks/livekit", null, published, "Authorization",
                LiveKitWebhookTest.sign(published, LIVEKIT_SECRET, 60_000)).expect(200);
        String stream = "/api/v1/apps/studio/streams/studio-api%2Falice/hls";
        Map<String, Object> idle = call("GET", stream, admin, null).expect(200).data();
        assertEquals(Boolean.FALSE, idle.get("active"));
        assertEquals("inactive", idle.get("status"));

        Map<String, Object> started = call("POST", stream + "/start", admin, null).expect(201).data();
        assertEquals("EG_HLS_1", started.get("egressId"));
        assertEquals("active", started.get("status"));
        assertEquals("http://127.0.0.1:" + server.getPort() + "/hls/studio/studio-api/index.m3u8", started.get("playlistUrl"));
        assertEquals(List.of("livekit.Egress/StartRoomCompositeEgress"), twirpCalls);
        LivekitEgress.RoomCompositeEgressRequest request = LivekitEgress.RoomCompositeEgressRequest.parseFrom(twirpBodies.get(0));
        assertEquals("studio-api", request.getRoomName());
        LivekitEgress.SegmentedFileOutput out = request.getSegmentOutputs(0);
        Path dir = dataDir.resolve("apps/studio/hls/studio-api").toAbsolutePath();
        assertEquals(dir.resolve("index.m3u8").toString(), out.getLivePlaylistName());
        assertEquals(dir.resolve("segment").toString(), out.getFilenamePrefix());
        assertEquals(4, out.getSegmentDuration(), "the default segment length");
        assertTrue(Files.isDirectory(dir));

        assertEquals("EG_HLS_1", call("POST", stream + "/start", admin, null).expect(201).data().get("egressId"));
        assertEquals(1, twirpCalls.size(), "idempotent: the running egress is reused");
        assertEquals("active", call("GET", stream, admin, null).expect(200).data().get("status"));

        Map<String, Object> stopped = call("POST", stream + "/stop", admin, null).expect(200).data();
        assertEquals("inactive", stopped.get("status"));
        assertEquals("livekit.Egress/StopEgress", twirpCalls.get(1));
        assertEquals(404, call("POST", "/api/v1/apps/studio/streams/studio-api%2Fnobody/hls/start", admin, null).status());
    }

    private void webhook(String body) throws Exception {
        call("POST", "/api/v1/webhooks/livekit", null, body, "Authorization", LiveKitWebhookTest.sign(body, LIVEKIT_SECRET, 60_000))
                .expect(200);
    }

    @Test
    void theLastStreamLeavingStopsTheHlsEgressAndHlsEgressEventsMakeNoVod() throws Exception {
        webhook(LiveKitWebhookTest.body("track_published", "studio-ends", "bob"));
        String stream = "/api/v1/apps/studio/streams/studio-ends%2Fbob/hls";
        int before = twirpCalls.size();
        assertEquals("EG_HLS_1", call("POST", stream + "/start", admin, null).expect(201).data().get("egressId"));
        assertEquals("livekit.Egress/StartRoomCompositeEgress", twirpCalls.get(before));

        // LiveKit announces the HLS egress: it is not a recording
        LivekitEgress.RoomCompositeEgressRequest request = LivekitEgress.RoomCompositeEgressRequest.parseFrom(twirpBodies.get(before));
        webhook(com.google.protobuf.util.JsonFormat.printer().print(livekit.LivekitWebhook.WebhookEvent.newBuilder()
                .setEvent("egress_started").setId("EV_" + System.nanoTime()).setCreatedAt(System.currentTimeMillis() / 1000)
                .setEgressInfo(LivekitEgress.EgressInfo.newBuilder().setEgressId("EG_HLS_1").setRoomName("studio-ends")
                        .setStatus(LivekitEgress.EgressStatus.EGRESS_ACTIVE).setRoomComposite(request))));
        assertEquals(0, ((Number) call("GET", "/api/v1/apps/studio/vods", admin, null).expect(200).body().get("total")).intValue(),
                "an HLS egress is not a VOD");

        webhook(LiveKitWebhookTest.body("participant_left", "studio-ends", "bob"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!twirpCalls.subList(before, twirpCalls.size()).contains("livekit.Egress/StopEgress")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(twirpCalls.subList(before, twirpCalls.size()).contains("livekit.Egress/StopEgress"), twirpCalls.toString());
        Map<String, Object> after = call("GET", stream, admin, null).expect(200).data();
        assertEquals("inactive", after.get("status"));
        assertEquals(null, after.get("egressId"));
        assertTrue(Files.exists(dataDir.resolve("apps/studio/hls/studio-ends/.ended")), "the directory waits out its grace period");
    }
}
