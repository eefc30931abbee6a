package io.streamhub.adapter.persistence.objectstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.ObjectStorage.BucketAccess;
import io.streamhub.application.port.out.ObjectStorage.StorageFailure;
import io.streamhub.application.port.out.ObjectStorage.StoredObject;
import io.streamhub.application.testkit.S3TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The S3 adapter against a real MinIO on loopback (scripts/s3.sh). */
class S3ObjectStorageTest {
    private static final long MIB = 1024 * 1024;
    private static S3TestServer server;
    private static S3ObjectStorage storage;
    private static BucketAccess bucket;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = S3TestServer.shared();
        storage = new S3ObjectStorage(Duration.ofSeconds(2), Duration.ofSeconds(30), 6 * MIB, 5 * MIB);
        bucket = new BucketAccess(server.endpoint(), "us-east-1", "contract-vods", true, S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY);
        TestBuckets.create(bucket);
    }

    @AfterAll
    static void closeClients() {
        storage.close();
    }

    @Test
    void putHeadPresignAndDeleteASmallFile() throws Exception {
        byte[] bytes = "hello vod".getBytes();
        Path file = Files.write(dir.resolve("small.txt"), bytes);
        assertEquals(new StoredObject("apps/live/small.txt", bytes.length), storage.put(bucket, "apps/live/small.txt", file, "text/plain"));
        assertEquals(Optional.of(new StoredObject("apps/live/small.txt", bytes.length)), storage.head(bucket, "apps/live/small.txt"));
        assertArrayEquals(bytes, download(storage.presignGet(bucket, "apps/live/small.txt", Duration.ofMinutes(5))));
        storage.delete(bucket, "apps/live/small.txt");
        assertEquals(Optional.empty(), storage.head(bucket, "apps/live/small.txt"));
        storage.delete(bucket, "apps/live/small.txt");
    }

    @Test
    void aLargeFileGoesUpInPartsAndComesBackIdentical() throws Exception {
        byte[] bytes = new byte[(int) (12 * MIB + 123)];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("large.mp4"), bytes);
        storage.put(bucket, "large.mp4", file, "video/mp4");
        assertEquals(bytes.length, storage.head(bucket, "large.mp4").orElseThrow().sizeBytes());
        assertArrayEquals(bytes, download(storage.presignGet(bucket, "large.mp4", Duration.ofMinutes(5))));
    }

    @Test
    void wrongCredentialsAreAFailureWithoutTheSecret() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        BucketAccess wrong = new BucketAccess(server.endpoint(), "us-east-1", "contract-vods", true, S3TestServer.ACCESS_KEY, "not-the-secret-42");
        StorageFailure failure = assertThrows(StorageFailure.class, () -> storage.put(wrong, "x.txt", file, "text/plain"));
        assertTrue(failure.getMessage().startsWith("put refused by the store: HTTP 403"), failure.getMessage());
        assertFalse(failure.getMessage().contains("not-the-secret-42"));
        assertFalse(wrong.toString().contains("not-the-secret-42"));
    }

    @Test
    void anUnreachableStoreIsAFailure() throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        BucketAccess dead = new BucketAccess("http://127.0.0.1:9", "us-east-1", "contract-vods", true, "a", "b");
        StorageFailure failure = assertThrows(StorageFailure.class, () -> storage.put(dead, "x.txt", file, "text/plain"));
        assertTrue(failure.getMessage().startsWith("put failed: "), failure.getMessage());
        assertThrows(StorageFailure.class, () -> storage.head(dead, "x.txt"));
    }

    @Test
    void aStoreThatHangsUpMidRequestIsAStoreFailureNotAnInternalError() throws Exception {
        // what a stopping MinIO does to a PUT waiting for "100 Continue": the connection closes without an answer
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        try (java.net.ServerSocket hangUp = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!hangUp.isClosed()) {
                    try (java.net.Socket socket = hangUp.accept()) {
                        socket.getInputStream().read(new byte[8192]);
                    } catch (java.io.IOException closed) {
                        // the test is over, or the client went first
                    }
                }
            }, "hang-up-server");
            acceptor.setDaemon(true);
            acceptor.start();
            BucketAccess flaky = new BucketAccess("http://127.0.0.1:" + hangUp.getLocalPort(), "us-east-1", "contract-vods", true,
                    "a", "b");
            StorageFailure put = assertThrows(StorageFailure.class, () -> storage.put(flaky, "x.txt", file, "text/plain"));
            assertTrue(put.getMessage().startsWith("put failed: "), put.getMessage());
            assertThrows(StorageFailure.class, () -> storage.head(flaky, "x.txt"));
            assertThrows(StorageFailure.class, () -> storage.delete(flaky, "x.txt"));
        }
    }

    @Test
    void aMissingBucketIsAFailureNotAMissingObject() {
        BucketAccess missing = new BucketAccess(server.endpoint(), "us-east-1", "no-such-bucket", true, S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY);
        StorageFailure failure = assertThrows(StorageFailure.class, () -> storage.head(missing, "x.txt"));
        assertTrue(failure.getMessage().contains("404"), failure.getMessage());
    }

    private static byte[] download(URI url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
