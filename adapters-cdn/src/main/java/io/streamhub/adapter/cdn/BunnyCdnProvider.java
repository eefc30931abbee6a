package io.streamhub.adapter.cdn;

import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.domain.distribution.CdnProviderKind;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * bunny.net: a pull zone whose origin is StreamHub. Purge is the Core API's {@code POST /purge?url=<url>}
 * with the account API key in the {@code AccessKey} header, one call per URL. Signed playback uses
 * the pull zone's token authentication key ({@link BunnyTokenSigner}); playlists get a directory token
 * so their segments play without signing each one.
 */
@Singleton
public final class BunnyCdnProvider implements CdnProvider {
    /** The account API key (Account → API), used by purge. */
    public static final String API_KEY = "api_key";
    /** The pull zone's "URL Token Authentication Key" (Security → Token Authentication), used by signing. */
    public static final String TOKEN_KEY = "token_key";

    private final ProviderApi api;

    @Inject
    public BunnyCdnProvider(@Value("${streamhub.cdn.bunny.api-url:`https://api.bunny.net`}") String apiUrl) {
        this.api = new ProviderApi("bunny", apiUrl);
    }

    @Override
    public CdnProviderKind kind() {
        return CdnProviderKind.BUNNY;
    }

    @Override
    public Set<String> credentialNames() {
        return Set.of(API_KEY, TOKEN_KEY);
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
        String key = settings.credential(TOKEN_KEY);
        return CdnUrls.isPlaylist(path)
                ? BunnyTokenSigner.signDirectory(url, key, expiresAt.getEpochSecond())
                : BunnyTokenSigner.signFile(url, key, expiresAt.getEpochSecond());
    }

    @Override
    public void purge(CdnSettings settings, List<String> paths) {
        List<URI> urls = paths.stream().map(path -> CdnUrls.under(settings, path, false)).toList();
        if (urls.isEmpty()) {
            return;
        }
        String key = settings.credential(API_KEY);
        for (URI url : urls) {
            HttpRequest request = api.request("/purge?url=" + CdnUrls.encode(url.toString()))
                    .header("AccessKey", key)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            api.send("purge of " + url.getRawPath(), request);
        }
    }
}
