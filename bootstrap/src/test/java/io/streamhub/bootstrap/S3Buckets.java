package io.streamhub.bootstrap;

import io.streamhub.application.testkit.S3TestServer;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/** Test buckets and a look into them with a plain S3 client (StreamHub never creates buckets). */
final class S3Buckets {
    private S3Buckets() {
    }

    static S3Client client(S3TestServer server) {
        return S3Client.builder().endpointOverride(URI.create(server.endpoint())).forcePathStyle(true).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3TestServer.ACCESS_KEY,
                        S3TestServer.SECRET_KEY))).build();
    }

    static void create(S3TestServer server, String bucket) {
        try (S3Client s3 = client(server)) {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException exists) {
            // fine
        }
    }
}
