package io.streamhub.application.port.out;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * An app's S3-compatible bucket. Every call names the bucket and its credentials
 * ({@link BucketAccess}), so one adapter serves every app. Failures of the store (unreachable,
 * refused credentials, missing bucket) are {@link StorageFailure}s carrying a message safe to show.
 */
public interface ObjectStorage {

    /** Uploads {@code file} to {@code key} (multipart when it is large) and returns what the store holds. */
    StoredObject put(BucketAccess bucket, String key, Path file, String contentType);

    /** The object at {@code key}, or empty when there is none. */
    Optional<StoredObject> head(BucketAccess bucket, String key);

    /** Deletes {@code key}; deleting a missing key is not an error. */
    void delete(BucketAccess bucket, String key);

    /** A URL anyone can GET {@code key} with until {@code ttl} has passed. */
    URI presignGet(BucketAccess bucket, String key, Duration ttl);

    /** Where a bucket is and how to reach it. {@link #toString()} never shows the secret key. */
    record BucketAccess(String endpoint, String region, String bucket, boolean pathStyle, String accessKey, String secretKey) {
        @Override
        public String toString() {
            return "BucketAccess[" + (endpoint.isEmpty() ? "aws" : endpoint) + ", " + region + ", " + bucket + "]";
        }
    }

    record StoredObject(String key, long sizeBytes) {
    }

    /** The store refused or could not be reached; {@code getMessage()} holds no credential. */
    final class StorageFailure extends RuntimeException {
        public StorageFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
