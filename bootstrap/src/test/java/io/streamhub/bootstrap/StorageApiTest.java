package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.application.testkit.S3TestServer;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** Per-app bucket settings (credentials write-only) and the bucket check, against a real MinIO. */
@MicronautTest(transactional = false)
class StorageApiTest extends ApiTestSupport {
    private static final String SECRET = "streamhub-test-secret";

    private final S3TestServer s3 = S3TestServer.shared();

    private String storageBody(String bucket, String secretKey) {
        return "{\"storage\":{\"endpoint\":\"" + s3.endpoint() + "\",\"region\":\"us-east-1\",\"bucket\":\"" + bucket
                + "\",\"prefix\":\"/apps/vault/\",\"pathStyle\":true,\"accessKey\":\"" + S3TestServer.ACCESS_KEY
                + "\",\"secretKey\":\"" + secretKey + "\"}}";
    }

    @Test
    void storageSettingsAreValidatedAndTheirKeysNeverEchoed() throws Exception {
        String admin = adminJwt();
        createApp(admin, "vault");
        Map<String, Object> storage = storageOf(call("PATCH", "/api/v1/apps/vault/config", admin, storageBody("vault-vods", SECRET))
                .expect(200).data());
        assertEquals("apps/vault", storage.get("prefix"));
        assertEquals(Boolean.TRUE, storage.get("accessKeySet"));
        assertEquals(Boolean.TRUE, storage.get("secretKeySet"));
        assertEquals(Boolean.TRUE, storage.get("configured"));
        var read = call("GET", "/api/v1/apps/vault/config", admin, null).expect(200);
        assertEquals(Boolean.TRUE, storageOf(read.data()).get("secretKeySet"));
        assertFalse(read.raw().body().contains(SECRET));
        String yaml = Files.readString(dataDir.resolve("apps/vault/config.yaml"));
        assertTrue(yaml.contains("bucket: vault-vods"), yaml);
        assertFalse(yaml.contains(SECRET));
        assertFalse(yaml.contains(S3TestServer.ACCESS_KEY));

        for (var bad : List.of(List.of("bucket", "\"Not_A_Bucket\""), List.of("endpoint", "\"ftp://x\""),
                List.of("prefix", "\"a/../b\""), List.of("region", "\"EU WEST\""), List.of("secretKey", "\"has space\""))) {
            var reply = call("PATCH", "/api/v1/apps/vault/config", admin, "{\"storage\":{\"" + bad.get(0) + "\":" + bad.get(1) + "}}")
                    .expect(400);
            assertEquals("storage." + bad.get(0), reply.error().get("field"));
        }
        assertEquals("vault-vods", storageOf(call("GET", "/api/v1/apps/vault/config", admin, null).data()).get("bucket"));
    }

    @Test
    void theBucketCheckPutsHeadsAndDeletesAProbeObject() {
        S3Buckets.create(s3, "check-vods");
        String admin = adminJwt();
        createApp(admin, "checked");
        call("PATCH", "/api/v1/apps/checked/config", admin, storageBody("check-vods", SECRET)).expect(200);
        Map<String, Object> check = call("POST", "/api/v1/apps/checked/storage/test", admin, null).expect(200).data();
        assertEquals(Boolean.TRUE, check.get("ok"), check.toString());
        assertEquals(List.of("put", "head", "delete"), steps(check));
        assertTrue(((String) check.get("key")).startsWith("apps/vault/.streamhub-check/"));
        try (S3Client client = S3Buckets.client(s3)) {
            assertEquals(0, client.listObjectsV2(b -> b.bucket("check-vods")).keyCount());
        }
    }

    @Test
    void aFailingBucketCheckNamesTheStepAndTheReason() {
        String admin = adminJwt();
        createApp(admin, "broken");
        assertEquals("storage", call("POST", "/api/v1/apps/broken/storage/test", admin, null).expect(400).error().get("field"));

        call("PATCH", "/api/v1/apps/broken/config", admin, storageBody("no-such-bucket", SECRET)).expect(200);
        Map<String, Object> check = call("POST", "/api/v1/apps/broken/storage/test", admin, null).expect(200).data();
        assertEquals(Boolean.FALSE, check.get("ok"));
        assertEquals("put", check.get("failedStep"));
        assertTrue(String.valueOf(firstError(check)).contains("NoSuchBucket"), check.toString());

        S3Buckets.create(s3, "guarded-vods");
        call("PATCH", "/api/v1/apps/broken/config", admin, storageBody("guarded-vods", "wrong-secret-value")).expect(200);
        var reply = call("POST", "/api/v1/apps/broken/storage/test", admin, null).expect(200);
        assertEquals("put", reply.data().get("failedStep"));
        assertTrue(String.valueOf(firstError(reply.data())).contains("403"), reply.raw().body());
        assertFalse(reply.raw().body().contains("wrong-secret-value"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> storageOf(Map<String, Object> config) {
        return (Map<String, Object>) config.get("storage");
    }

    @SuppressWarnings("unchecked")
    private static List<String> steps(Map<String, Object> check) {
        return ((List<Map<String, Object>>) check.get("steps")).stream().map(s -> (String) s.get("step")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Object firstError(Map<String, Object> check) {
        return ((List<Map<String, Object>>) check.get("steps")).get(0).get("error");
    }
}
