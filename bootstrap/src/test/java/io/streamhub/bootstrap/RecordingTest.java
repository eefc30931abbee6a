package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.application.testkit.S3TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import livekit.LivekitEgress.EgressStatus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Recordings end to end against a real MinIO: real MP4 files made by ffmpeg stand in for egress
 * output, announced by correctly signed egress webhooks; the app's callbacks tell what happened.
 */
@MicronautTest(transactional = false)
class RecordingTest extends RecordingApiTestSupport {
    private final S3TestServer s3 = S3TestServer.shared();

    private void app(String name, String endpoint, String bucket) {
        storageApp(name, endpoint, bucket, "streamhub/" + name);
    }

    private long count(String app, String event) throws Exception {
        return events(app, event).size();
    }

    @Test
    void aFinishedEgressBecomesAReadyVodInTheAppsBucket() throws Exception {
        S3Buckets.create(s3, "studio-vods");
        app("studio", s3.endpoint(), "studio-vods");
        Path file = TestRecordings.mp4(dataDir.resolve("apps/studio/recordings/EG_STUDIO.mp4"), 2);
        byte[] recorded = Files.readAllBytes(file);

        webhook(TestRecordings.egressEvent("egress_started", "EG_STUDIO", "studio-show", EgressStatus.EGRESS_ACTIVE, null));
        Map<String, Object> started = await("studio", "recording_started");
        assertEquals("studio-show", started.get("room"));
        assertEquals("EG_STUDIO", started.get("egressId"));

        String ended = TestRecordings.egressEvent("egress_ended", "EG_STUDIO", "studio-show", EgressStatus.EGRESS_COMPLETE,
                "EG_STUDIO.mp4");
        webhook(ended);
        Map<String, Object> ready = await("studio", "vod_ready");
        assertEquals(started.get("vodId"), ready.get("vodId"));
        String key = "streamhub/studio/vods/" + ready.get("vodId") + "/EG_STUDIO.mp4";
        assertEquals(key, ready.get("fileKey"));
        assertEquals("streamhub/studio/vods/" + ready.get("vodId") + "/EG_STUDIO.jpg", ready.get("snapshotKey"));
        assertEquals(2.0, ((Number) ready.get("durationS")).doubleValue(), 0.2);
        assertEquals(320, ((Number) ready.get("width")).intValue());
        assertEquals(240, ((Number) ready.get("height")).intValue());
        assertEquals("mp4", ready.get("format"));
        assertEquals((long) recorded.length, ((Number) ready.get("sizeBytes")).longValue());
        try (S3Client client = S3Buckets.client(s3)) {
            assertArrayEquals(recorded, client.getObjectAsBytes(b -> b.bucket("studio-vods").key(key)).asByteArray());
            assertTrue(client.headObject(b -> b.bucket("studio-vods").key((String) ready.get("snapshotKey"))).contentLength() > 0);
            assertEquals(2, client.listObjectsV2(b -> b.bucket("studio-vods")).keyCount());
        }
        awaitGone(file);

        webhook(ended);
        Thread.sleep(500);
        assertEquals(1, count("studio", "vod_ready"), "a repeated egress_ended changes nothing");
        assertEquals(1, count("studio", "recording_started"));

        // the VOD API: list with filters, detail with a fresh presigned URL, delete
        Reply page = call("GET", "/api/v1/apps/studio/vods?status=ready&room=studio-show&since=2020-01-01T00:00:00Z", admin, null)
                .expect(200);
        assertEquals(1, ((Number) page.body().get("total")).intValue());
        assertEquals(50, ((Number) page.body().get("limit")).intValue());
        assertEquals(0, call("GET", "/api/v1/apps/studio/vods?status=failed", admin, null).expect(200).list().size());
        assertEquals("status", call("GET", "/api/v1/apps/studio/vods?status=done", admin, null).expect(400).error().get("field"));
        long id = ((Number) ready.get("vodId")).longValue();
        Map<String, Object> vod = call("GET", "/api/v1/apps/studio/vods/" + id, admin, null).expect(200).data();
        assertEquals("ready", vod.get("status"));
        assertEquals(Boolean.FALSE, vod.get("localFile"));
        java.net.http.HttpResponse<byte[]> download = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create((String) vod.get("url"))).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(recorded, download.body());
        assertTrue(((String) vod.get("snapshotUrl")).contains("X-Amz-Signature="));
        Reply redirect = call("GET", "/api/v1/apps/studio/vods/" + id + "/download", admin, null).expect(302);
        String location = redirect.raw().headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("X-Amz-Signature="), location);
        assertEquals("no-store", redirect.raw().headers().firstValue("Cache-Control").orElseThrow());
        assertArrayEquals(recorded, http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(location)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body(), "the redirect downloads the same bytes");

        createApp(admin, "neighbour");
        call("GET", "/api/v1/apps/neighbour/vods/" + id, admin, null).expect(404);
        call("DELETE", "/api/v1/apps/neighbour/vods/" + id, admin, null).expect(404);

        Map<String, Object> deleted = call("DELETE", "/api/v1/apps/studio/vods/" + id, admin, null).expect(200).data();
        assertEquals(2, ((Number) deleted.get("s3Deleted")).intValue());
        call("GET", "/api/v1/apps/studio/vods/" + id, admin, null).expect(404);
        try (S3Client client = S3Buckets.client(s3)) {
            assertEquals(0, client.listObjectsV2(b -> b.bucket("studio-vods")).keyCount());
        }
    }

    @Test
    void whileTheBucketIsDownTheVodFailsKeepsItsFileAndHealsWhenTheBucketReturns() throws Exception {
        try (S3TestServer outage = S3TestServer.start()) {
            S3Buckets.create(outage, "outage-vods");
            app("outage", outage.endpoint(), "outage-vods");
            Path file = TestRecordings.mp4(dataDir.resolve("apps/outage/recordings/EG_OUT.mp4"), 1);
            outage.stop();
            webhook(TestRecordings.egressEvent("egress_ended", "EG_OUT", "outage-live", EgressStatus.EGRESS_COMPLETE, "EG_OUT.mp4"));
            Map<String, Object> failed = await("outage", "recording_failed");
            assertTrue(String.valueOf(failed.get("reason")).startsWith("upload failed: put failed"), failed.toString());
            assertEquals(Boolean.TRUE, failed.get("localFileKept"));
            assertTrue(Files.exists(file));

            outage.resume();
            Map<String, Object> ready = await("outage", "vod_ready");
            assertEquals(failed.get("vodId"), ready.get("vodId"));
            awaitGone(file);
            try (S3Client client = S3Buckets.client(outage)) {
                assertEquals(2, client.listObjectsV2(b -> b.bucket("outage-vods")).keyCount());
            }
            PrometheusText metrics = metrics();
            assertEquals(1.0, metrics.value("streamhub_uploads_total", "app", "outage", "result", "uploaded"));
            double retries = metrics.value("streamhub_uploads_total", "app", "outage", "result", "retry");
            assertTrue(retries >= 2, "retried while the bucket was down: " + retries);
            double bucketFailures = metrics.value("streamhub_s3_failures_total", "app", "outage");
            assertEquals(retries, bucketFailures, "every retry was the bucket's failure (a hang-up mid-request included)");
            assertEquals(0.0, metrics.value("streamhub_upload_jobs_pending", "app", "outage"));
        }
    }

    @Test
    void aMissingOrCorruptFileOrAFailedEgressFailsTheVodWithAReason() throws Exception {
        S3Buckets.create(s3, "faulty-vods");
        app("faulty", s3.endpoint(), "faulty-vods");
        Path corrupt = Files.writeString(Files.createDirectories(dataDir.resolve("apps/faulty/recordings")).resolve("EG_BAD.mp4"),
                "not a video");
        webhook(TestRecordings.egressEvent("egress_ended", "EG_BAD", "faulty-a", EgressStatus.EGRESS_COMPLETE, "EG_BAD.mp4"));
        webhook(TestRecordings.egressEvent("egress_ended", "EG_GONE", "faulty-b", EgressStatus.EGRESS_COMPLETE, "EG_GONE.mp4"));
        webhook(TestRecordings.egressEvent("egress_ended", "EG_FAIL", "faulty-c", EgressStatus.EGRESS_FAILED, null));
        webhook(TestRecordings.egressEvent("egress_ended", "EG_OUTSIDE", "faulty-d", EgressStatus.EGRESS_COMPLETE, "/etc/passwd"));
        long deadline = System.currentTimeMillis() + 20_000;
        while (count("faulty", "recording_failed") < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        List<String> reasons = new java.util.ArrayList<>();
        for (CallbackReceiver.Received r : receiver.received()) {
            Map<?, ?> envelope = json.readValue(r.body(), Map.class);
            if ("recording_failed".equals(envelope.get("event")) && "faulty".equals(envelope.get("app"))) {
                reasons.add((String) ((Map<?, ?>) envelope.get("data")).get("reason"));
            }
        }
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.contains("local recording file unreadable"), reasons.toString());
        assertTrue(reasons.contains("local recording file missing"), reasons.toString());
        assertTrue(reasons.contains("egress EGRESS_FAILED: pipeline error"), reasons.toString());
        assertTrue(reasons.contains("the egress file is outside the app's recording directories"), reasons.toString());
        long failedId = ((Number) call("GET", "/api/v1/apps/faulty/vods?status=failed", admin, null).expect(200).list().get(0).get("id"))
                .longValue();
        assertEquals("conflict", call("GET", "/api/v1/apps/faulty/vods/" + failedId + "/download", admin, null).expect(409)
                .error().get("code"), "a failed VOD has nothing to download");
        assertTrue(Files.exists(corrupt), "a corrupt recording is kept for inspection");
        assertTrue(Files.exists(Path.of("/etc/passwd")));
        Thread.sleep(600);
        assertEquals(4, count("faulty", "recording_failed"), "a permanent failure is reported once, never retried in a loop");
    }

    private static void awaitGone(Path file) throws InterruptedException {
        for (int i = 0; i < 100 && Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertFalse(Files.exists(file), "the local file is deleted once the object is verified");
    }
}
