package io.streamhub.application.port.out;

import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One CDN provider (Bunny, Cloudflare, CloudFront, Fastly): how a path served by StreamHub's origin
 * ({@code /hls/<app>/<room>/index.m3u8}, a VOD key) is reached through the app's CDN, signed when the
 * app asks for signed playback, and how cached copies are purged. One adapter per provider in
 * {@code adapters-cdn}; the core picks the one named by the app's {@code distribution.cdn.provider}.
 * Every call carries the app's settings, so one adapter serves every app.
 */
public interface CdnProvider {

    CdnProviderKind kind();

    /** The credential names this provider needs in {@link CdnSettings#credentials()} (for purge and signing). */
    Set<String> credentialNames();

    /** Whether the provider can sign playback URLs ({@code distribution.cdn.signed_urls} is refused otherwise). */
    boolean signsUrls();

    /**
     * The viewer-facing URL of {@code path} (absolute, starting with {@code /}) under the CDN base URL
     * ({@link CdnSettings#vodBaseUrl()} when {@code vod}, the live base URL when that is unset): base
     * scheme, host and path prefix, then {@code path} unchanged. When {@link CdnSettings#signedUrls()}
     * it is signed to expire at {@code expiresAt} (required then); an HLS playlist ({@code .m3u8}) is
     * signed for its whole directory so the segments it lists are covered too (docs/cdn.md says how
     * each provider carries that). Pure computation: no network call.
     *
     * @throws IllegalArgumentException when {@code path} is not an absolute origin path (query,
     *         fragment, {@code ..}, empty segment or non-ASCII character)
     * @throws CdnFailure when the base URL or a signing credential is missing or unusable, or the
     *         provider cannot sign and signed URLs are asked for
     */
    URI playbackUrl(CdnSettings settings, String path, boolean vod, Instant expiresAt);

    /**
     * Drops the CDN's cached copies of {@code paths} (origin paths, under the live base URL). Blocks
     * on the provider's API (bounded by timeouts); call it off request threads when it matters.
     * A refusal or an unreachable API is a {@link CdnFailure}; nothing is sent when {@code paths} is empty.
     */
    void purge(CdnSettings settings, List<String> paths);

    /**
     * An app's CDN settings with the provider credentials (from the secret store). {@link #toString()}
     * never shows a credential value.
     */
    record CdnSettings(CdnProviderKind kind, URI baseUrl, URI vodBaseUrl, boolean signedUrls, Map<String, String> credentials) {
        public CdnSettings {
            credentials = Map.copyOf(credentials);
        }

        public String credential(String name) {
            String value = credentials.get(name);
            if (value == null || value.isEmpty()) {
                throw new CdnFailure("distribution.cdn." + name + " is not set", null);
            }
            return value;
        }

        @Override
        public String toString() {
            return "CdnSettings[" + kind.wireName() + ", " + baseUrl + ", credentials=" + credentials.keySet() + "]";
        }
    }

    /** The provider refused or could not be reached; {@code getMessage()} holds no credential. */
    final class CdnFailure extends RuntimeException {
        public CdnFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
