package io.streamhub.adapter.persistence.objectstore;

import io.streamhub.application.port.out.ObjectStorage;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link ObjectStorage} over the S3 API. One client and presigner per bucket access, cached; files
 * above {@code multipartThreshold} go up in {@code partSize} parts (an upload that fails is
 * aborted, so no orphan parts stay billed). Checksums are sent only when required: many
 * S3-compatible servers refuse the SDK's default trailing checksums (shared STACK.md section 9).
 */
@Singleton
public final class S3ObjectStorage implements ObjectStorage, AutoCloseable {
    static final long DEFAULT_PART_SIZE = 8L * 1024 * 1024;

    private final SdkHttpClient http;
    private final long multipartThreshold;
    private final long partSize;
    private final Map<BucketAccess, Clients> clients = new ConcurrentHashMap<>();

    public S3ObjectStorage(Duration connectTimeout, Duration readTimeout, long multipartThreshold, long partSize) {
        if (partSize < 5L * 1024 * 1024) {
            throw new IllegalArgumentException("S3 parts are at least 5 MiB");
        }
        this.http = UrlConnectionHttpClient.builder().connectionTimeout(connectTimeout).socketTimeout(readTimeout).build();
        this.multipartThreshold = multipartThreshold;
        this.partSize = partSize;
    }

    @Inject
    public S3ObjectStorage() {
        this(Duration.ofSeconds(5), Duration.ofSeconds(60), 64L * 1024 * 1024, DEFAULT_PART_SIZE);
    }

    @Override
    public StoredObject put(BucketAccess bucket, String key, Path file, String contentType) {
        S3Client s3 = clients(bucket).s3();
        try {
            long size = Files.size(file);
            if (size <= multipartThreshold) {
                s3.putObject(b -> b.bucket(bucket.bucket()).key(key).contentType(contentType).contentLength(size),
                        RequestBody.fromFile(file));
            } else {
                multipart(s3, bucket.bucket(), key, file, contentType, size);
            }
            return new StoredObject(key, size);
        } catch (IOException e) {
            throw new StorageFailure("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw failure("put", e);
        } catch (UncheckedIOException e) {
            throw failure("put", e);
        }
    }

    private void multipart(S3Client s3, String bucket, String key, Path file, String contentType, long size) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)).uploadId();
        try (InputStream in = Files.newInputStream(file)) {
            List<CompletedPart> parts = new ArrayList<>();
            long sent = 0;
            for (int number = 1; sent < size; number++) {
                int length = (int) Math.min(partSize, size - sent);
                byte[] chunk = in.readNBytes(length);
                if (chunk.length != length) {
                    throw new IOException("the file shrank while it was uploaded");
                }
                int partNumber = number;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                        .contentLength((long) length), RequestBody.fromBytes(chunk)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
                sent += length;
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> head(BucketAccess bucket, String key) {
        S3Client s3 = clients(bucket).s3();
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket.bucket()).key(key));
            return Optional.of(new StoredObject(key, head.contentLength()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw failure("head", e);
            }
        } catch (SdkException e) {
            throw failure("head", e);
        } catch (UncheckedIOException e) {
            throw failure("head", e);
        }
        // a HEAD answer has no body: a 404 is a missing key only if the bucket is there
        try {
            s3.headBucket(b -> b.bucket(bucket.bucket()));
            return Optional.empty();
        } catch (S3Exception e) {
            throw e.statusCode() == 404
                    ? new StorageFailure("head refused by the store: HTTP 404 NoSuchBucket", e) : failure("head", e);
        } catch (SdkException e) {
            throw failure("head", e);
        } catch (UncheckedIOException e) {
            throw failure("head", e);
        }
    }

    @Override
    public void delete(BucketAccess bucket, String key) {
        try {
            clients(bucket).s3().deleteObject(b -> b.bucket(bucket.bucket()).key(key));
        } catch (SdkException e) {
            throw failure("delete", e);
        } catch (UncheckedIOException e) {
            throw failure("delete", e);
        }
    }

    @Override
    public URI presignGet(BucketAccess bucket, String key, Duration ttl) {
        try {
            return clients(bucket).presigner().presignGetObject(p -> p.signatureDuration(ttl)
                    .getObjectRequest(g -> g.bucket(bucket.bucket()).key(key))).url().toURI();
        } catch (SdkException | java.net.URISyntaxException e) {
            throw new StorageFailure("cannot presign " + key + ": " + e.getMessage(), e);
        }
    }

    private Clients clients(BucketAccess bucket) {
        if (clients.size() > 256) {
            close();
        }
        return clients.computeIfAbsent(bucket, this::open);
    }

    private Clients open(BucketAccess bucket) {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(bucket.accessKey(), bucket.secretKey()));
        Region region = Region.of(bucket.region());
        var s3 = S3Client.builder().httpClient(http).region(region).credentialsProvider(credentials)
                .forcePathStyle(bucket.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder().region(region).credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(bucket.pathStyle()).build());
        if (!bucket.endpoint().isEmpty()) {
            s3.endpointOverride(URI.create(bucket.endpoint()));
            presigner.endpointOverride(URI.create(bucket.endpoint()));
        }
        return new Clients(s3.build(), presigner.build());
    }

    /**
     * The URL-connection HTTP client lets some network errors out unwrapped, as {@link UncheckedIOException}
     * (a server that closes the connection while a PUT waits for "100 Continue", as a stopping MinIO does):
     * they are the store's failures like the SDK's own.
     */
    private static StorageFailure failure(String step, UncheckedIOException e) {
        IOException cause = e.getCause();
        return new StorageFailure(step + " failed: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), e);
    }

    /** A message naming what failed, never a credential. */
    private static StorageFailure failure(String step, SdkException e) {
        if (e instanceof S3Exception s3) {
            String code = code(s3);
            if (code == null && s3.statusCode() == 404) {
                // answered before the body was sent (Expect: 100-continue), so without an error document;
                // a write or delete can only miss the bucket
                code = "NoSuchBucket";
            }
            return new StorageFailure(step + " refused by the store: HTTP " + s3.statusCode() + (code == null ? "" : " " + code), e);
        }
        if (e instanceof SdkClientException) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new StorageFailure(step + " failed: " + message.replaceAll("\\s*\\(SDK Attempt Count: \\d+\\)", ""), e);
        }
        return new StorageFailure(step + " failed: " + e.getClass().getSimpleName(), e);
    }

    private static String code(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    @Override
    @PreDestroy
    public void close() {
        for (BucketAccess key : List.copyOf(clients.keySet())) {
            Clients removed = clients.remove(key);
            if (removed != null) {
                removed.s3().close();
                removed.presigner().close();
            }
        }
    }

    private record Clients(S3Client s3, S3Presigner presigner) {
    }
}
