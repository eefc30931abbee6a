package io.streamhub.adapter.cdn;

import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.domain.distribution.CdnProviderKind;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.CloudFrontClientBuilder;
import software.amazon.awssdk.services.cloudfront.CloudFrontUtilities;
import software.amazon.awssdk.services.cloudfront.model.CloudFrontException;

/**
 * Amazon CloudFront through the AWS SDK v2 (ADR 012). Purge is one {@code CreateInvalidation} of the
 * distribution for all the paths (signed with SigV4 from an IAM access key allowed
 * {@code cloudfront:CreateInvalidation}). Signed playback uses the SDK's {@link CloudFrontUtilities}
 * with a key pair id (a public key in a trusted key group) and its RSA private key: a file gets a
 * canned policy (exactly that URL until the expiry); a playlist gets a custom policy whose resource is
 * its directory ({@code https://host/hls/app/room/*}), so the same query string also opens its segments.
 */
@Singleton
public final class CloudFrontCdnProvider implements CdnProvider, AutoCloseable {
    public static final String DISTRIBUTION_ID = "distribution_id";
    public static final String ACCESS_KEY_ID = "access_key_id";
    public static final String SECRET_ACCESS_KEY = "secret_access_key";
    /** The id CloudFront gave the public key (trusted key group of the distribution). */
    public static final String KEY_PAIR_ID = "key_pair_id";
    /** The matching RSA private key, PEM (PKCS#8 or PKCS#1). */
    public static final String PRIVATE_KEY = "private_key";
    /** CloudFront's limit of paths in one invalidation batch. */
    static final int PATHS_PER_INVALIDATION = 3000;
    private static final Pattern DISTRIBUTION = Pattern.compile("[A-Z0-9]{1,64}");
    private static final Pattern ERROR_CODE = Pattern.compile("[A-Za-z0-9.]{1,64}");

    private final URI endpoint;
    private final SdkHttpClient http;
    private final CloudFrontUtilities utilities = CloudFrontUtilities.create();
    private final Map<AwsBasicCredentials, CloudFrontClient> clients = new ConcurrentHashMap<>();

    /** {@code apiUrl} empty: the SDK's own endpoint for CloudFront ({@code https://cloudfront.amazonaws.com}). */
    @Inject
    public CloudFrontCdnProvider(@Value("${streamhub.cdn.cloudfront.api-url:}") String apiUrl) {
        this.endpoint = apiUrl == null || apiUrl.isBlank() ? null : URI.create(apiUrl.strip());
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(ProviderApi.CONNECT_TIMEOUT).socketTimeout(ProviderApi.REQUEST_TIMEOUT).build();
    }

    @Override
    public CdnProviderKind kind() {
        return CdnProviderKind.CLOUDFRONT;
    }

    @Override
    public Set<String> credentialNames() {
        return Set.of(DISTRIBUTION_ID, ACCESS_KEY_ID, SECRET_ACCESS_KEY, KEY_PAIR_ID, PRIVATE_KEY);
    }

    @Override
    public boolean signsUrls() {
        return true;
    }

    @Override
    public URI playbackUrl(CdnSettings settings, String path, boolean vod, Instant expiresAt) {
        URI url = CdnUrls.under(settings, path, vod);
        if (!settings.signedUrls()) {
            return url;
        }
        Objects.requireNonNull(expiresAt, "a signed URL needs an expiry");
        String keyPairId = settings.credential(KEY_PAIR_ID);
        PrivateKey key = RsaPrivateKeys.parse(PRIVATE_KEY, settings.credential(PRIVATE_KEY));
        try {
            if (CdnUrls.isPlaylist(path)) {
                String directory = url.getScheme() + "://" + url.getRawAuthority() + CdnUrls.directory(url.getRawPath()) + "*";
                return URI.create(utilities.getSignedUrlWithCustomPolicy(r -> r.resourceUrl(url.toString())
                        .resourceUrlPattern(directory).privateKey(key).keyPairId(keyPairId).expirationDate(expiresAt)).url());
            }
            return URI.create(utilities.getSignedUrlWithCannedPolicy(r -> r.resourceUrl(url.toString())
                    .privateKey(key).keyPairId(keyPairId).expirationDate(expiresAt)).url());
        } catch (SdkException e) {
            throw new CdnFailure("cloudfront could not sign " + url.getRawPath() + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    @Override
    public void purge(CdnSettings settings, List<String> paths) {
        List<String> invalidated = paths.stream().map(path -> CdnUrls.under(settings, path, false).getRawPath()).toList();
        if (invalidated.isEmpty()) {
            return;
        }
        String distribution = settings.credential(DISTRIBUTION_ID);
        if (!DISTRIBUTION.matcher(distribution).matches()) {
            throw new CdnFailure("distribution.cdn.distribution_id must be the distribution's id (capital letters and digits)", null);
        }
        CloudFrontClient client = client(AwsBasicCredentials.create(settings.credential(ACCESS_KEY_ID), settings.credential(SECRET_ACCESS_KEY)));
        for (int from = 0; from < invalidated.size(); from += PATHS_PER_INVALIDATION) {
            List<String> batch = invalidated.subList(from, Math.min(invalidated.size(), from + PATHS_PER_INVALIDATION));
            try {
                client.createInvalidation(r -> r.distributionId(distribution).invalidationBatch(b -> b
                        .callerReference("streamhub-" + UUID.randomUUID())
                        .paths(p -> p.quantity(batch.size()).items(batch))));
            } catch (CloudFrontException e) {
                String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                throw new CdnFailure("cloudfront invalidation of " + batch.size() + " path(s) refused: HTTP " + e.statusCode()
                        + (code != null && ERROR_CODE.matcher(code).matches() ? " " + code : ""), null);
            } catch (SdkClientException e) {
                throw new CdnFailure("cloudfront invalidation of " + batch.size() + " path(s): the API is unreachable", null);
            } catch (SdkException e) {
                throw new CdnFailure("cloudfront invalidation of " + batch.size() + " path(s) failed (" + e.getClass().getSimpleName() + ")", null);
            }
        }
    }

    private CloudFrontClient client(AwsBasicCredentials credentials) {
        return clients.computeIfAbsent(credentials, c -> {
            CloudFrontClientBuilder builder = CloudFrontClient.builder()
                    // us-east-1, not aws-global: both resolve to https://cloudfront.amazonaws.com, but with an
                    // endpoint override aws-global would also become the SigV4 scope, which CloudFront refuses
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(c))
                    .httpClient(http)
                    .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(2)).apiCallTimeout(Duration.ofSeconds(30)));
            if (endpoint != null) {
                builder.endpointOverride(endpoint);
            }
            return builder.build();
        });
    }

    @PreDestroy
    @Override
    public void close() {
        clients.values().forEach(CloudFrontClient::close);
        clients.clear();
        http.close();
    }
}
