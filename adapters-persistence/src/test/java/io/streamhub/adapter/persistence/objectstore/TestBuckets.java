package io.streamhub.adapter.persistence.objectstore;

import io.streamhub.application.port.out.ObjectStorage.BucketAccess;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/** Creates test buckets (StreamHub itself never creates one: the operator brings it). */
public final class TestBuckets {
    private TestBuckets() {
    }

    public static void create(BucketAccess bucket) {
        try (S3Client s3 = S3Client.builder().endpointOverride(URI.create(bucket.endpoint())).forcePathStyle(true)
                .region(Region.of(bucket.region()))
                .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(bucket.accessKey(), bucket.secretKey())))
                .build()) {
            s3.createBucket(b -> b.bucket(bucket.bucket()));
        } catch (BucketAlreadyOwnedByYouException exists) {
            // fine
        }
    }
}
