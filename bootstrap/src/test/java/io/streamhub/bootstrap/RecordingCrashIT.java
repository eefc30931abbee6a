package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.streamhub.application.testkit.S3TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import livekit.LivekitEgress.EgressStatus;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A recording survives a crash: the core is killed with SIGKILL while a large recording is going
 * up in parts; after the restart the upload job runs again and the VOD ends ready with exactly one
 * object (plus its snapshot) in the bucket, byte for byte the recording.
 */
class RecordingCrashIT {
    private final JsonMapper json = JsonMapper.createDefault();

    @SuppressWarnings("unchecked")
    private Map<String, Object> data(HttpResponse<String> response) throws Exception {
        return (Map<String, Object>) json.readValue(response.body(), Map.class).get("data");
    }

    @Test
    void aSigkillDuringAMultipartUploadEndsReadyWithExactlyOneObjectAfterTheRestart() throws Exception {
        S3TestServer s3 = S3TestServer.shared();
        S3Buckets.create(s3, "crash-vods");
        Path dataDir = Files.createTempDirectory("streamhub-recording-crash");
        Map<String, String> env = new HashMap<>(Map.of("ADMIN_USER", "ops", "ADMIN_PASS", "ops-password-123",
                "STREAMHUB_JWT_SECRET", "crash-test-secret-crash-test-secret-0123", "LIVEKIT_API_KEY", ApiTestSupport.LIVEKIT_KEY,
                "LIVEKIT_API_SECRET", ApiTestSupport.LIVEKIT_SECRET, "STREAMHUB_UPLOAD_RETRY_INITIAL", "200ms"));
        env.put("PORT", Integer.toString(CoreProcess.freePort()));
        Path file = dataDir.resolve("apps/rec/recordings/EG_BIG.mp4");
        try {
            Files.createDirectories(file.getParent());
            Process ffmpeg = new ProcessBuilder(List.of("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc2=size=1280x720:rate=25,noise=alls=100:allf=t", "-t", "4", "-c:v", "mpeg4", "-q:v", "1",
                    "-pix_fmt", "yuv420p", file.toString())).redirectErrorStream(true).start();
            ffmpeg.getInputStream().readAllBytes();
            assertTrue(ffmpeg.waitFor(120, TimeUnit.SECONDS) && ffmpeg.exitValue() == 0, "ffmpeg made the recording");
            byte[] recorded = Files.readAllBytes(file);
            assertTrue(recorded.length > 100L * 1024 * 1024, "large enough for a multipart upload: " + recorded.length);

            CoreProcess first = CoreProcess.start(env, dataDir);
            try (S3Client client = S3Buckets.client(s3)) {
                first.awaitHealthy();
                String jwt = (String) data(first.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}"))
                        .get("token");
                assertEquals(201, first.post("/api/v1/apps", jwt, "{\"name\":\"rec\"}").statusCode());
                HttpResponse<String> patched = first.send("PATCH", "/api/v1/apps/rec/config", jwt, "{\"storage\":{\"endpoint\":\""
                        + s3.endpoint() + "\",\"bucket\":\"crash-vods\",\"pathStyle\":true,\"accessKey\":\"" + S3TestServer.ACCESS_KEY
                        + "\",\"secretKey\":\"" + S3TestServer.SECRET_KEY + "\"}}");
                assertEquals(200, patched.statusCode(), patched.body());
                String body = TestRecordings.egressEvent("egress_ended", "EG_BIG", "rec-show", EgressStatus.EGRESS_COMPLETE, "EG_BIG.mp4");
                HttpResponse<String> ack = first.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                "http://127.0.0.1:" + first.port + "/api/v1/webhooks/livekit"))
                        .header("Authorization", LiveKitWebhookTest.sign(body, ApiTestSupport.LIVEKIT_SECRET, 60_000))
                        .header("Content-Type", "application/webhook+json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
                assertEquals(200, ack.statusCode(), ack.body());
                long deadline = System.currentTimeMillis() + 60_000;
                while (client.listMultipartUploads(b -> b.bucket("crash-vods")).uploads().isEmpty()) {
                    assertTrue(System.currentTimeMillis() < deadline, "the multipart upload never started");
                    Thread.sleep(10);
                }
            } finally {
                first.process.destroyForcibly().waitFor();
            }
            assertTrue(Files.exists(file), "the recording is still on disk after the crash");
            try (S3Client client = S3Buckets.client(s3)) {
                assertEquals(0, client.listObjectsV2(b -> b.bucket("crash-vods")).keyCount(), "killed before the object was complete");
            }

            try (CoreProcess second = CoreProcess.start(env, dataDir); S3Client client = S3Buckets.client(s3)) {
                second.awaitHealthy();
                String jwt = (String) data(second.post("/api/v1/auth/login", null, "{\"user\":\"ops\",\"password\":\"ops-password-123\"}"))
                        .get("token");
                Map<String, Object> vod = null;
                long deadline = System.currentTimeMillis() + 90_000;
                while (System.currentTimeMillis() < deadline) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> vods = (List<Map<String, Object>>) json.readValue(
                            second.get("/api/v1/apps/rec/vods", jwt).body(), Map.class).get("data");
                    if (!vods.isEmpty() && "ready".equals(vods.get(0).get("status"))) {
                        vod = vods.get(0);
                        break;
                    }
                    Thread.sleep(200);
                }
                assertTrue(vod != null, "the VOD became ready after the restart");
                String key = (String) vod.get("fileKey");
                List<String> keys = client.listObjectsV2(b -> b.bucket("crash-vods")).contents().stream().map(S3Object::key).toList();
                assertEquals(List.of(key, (String) vod.get("snapshotKey")).stream().sorted().toList(), keys.stream().sorted().toList());
                assertEquals((long) recorded.length, client.headObject(b -> b.bucket("crash-vods").key(key)).contentLength());
                assertTrue(java.util.Arrays.equals(recorded, client.getObjectAsBytes(b -> b.bucket("crash-vods").key(key)).asByteArray()));
                for (int i = 0; i < 50 && Files.exists(file); i++) {
                    Thread.sleep(100);
                }
                assertFalse(Files.exists(file), "the local file is deleted once the object is verified");
            }
        } finally {
            CoreProcess.deleteTree(dataDir);
        }
    }
}
