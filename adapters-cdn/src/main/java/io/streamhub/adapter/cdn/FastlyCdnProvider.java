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
import java.util.Set;

/**
 * Fastly: a service whose backend is StreamHub. Purge is the API's single-URL purge,
 * {@code POST /purge/{cached_url}} where {@code cached_url} is the URL without its scheme
 * ({@code cdn.example.com/hls/app/room/index.m3u8}), with an API token holding the {@code purge_select}
 * scope in the {@code Fastly-Key} header; one call per URL. URL signing needs custom VCL/Compute code
 * on Fastly, so this release refuses {@code signed_urls}.
 */
@Singleton
public final class FastlyCdnProvider implements CdnProvider {
    /** An API token with the purge_select scope. */
    public static final String API_TOKEN = "api_token";

    private final ProviderApi api;

    @Inject
    public FastlyCdnProvider(@Value("${streamhub.cdn.fastly.api-url:`https://api.fastly.com`}") String apiUrl) {
        this.api = new ProviderApi("fastly", apiUrl);
    }

    @Override
    public CdnProviderKind kind() {
        return CdnProviderKind.FASTLY;
    }

    @Override
    public Set<String> credentialNames() {
        return Set.of(API_TOKEN);
    }

    @Override
    public boolean signsUrls() {
        return false;
    }

    @Override
    public URI playbackUrl(CdnSettings settings, String path, boolean vod, Instant expiresAt) {
        return CdnUrls.unsigned("fastly", settings, path, vod);
    }

    @Override
    public void purge(CdnSettings settings, List<String> paths) {
        List<URI> urls = paths.stream().map(path -> CdnUrls.under(settings, path, false)).toList();
        if (urls.isEmpty()) {
            return;
        }
        String token = settings.credential(API_TOKEN);
        for (URI url : urls) {
            HttpRequest request = api.request("/purge/" + url.getRawAuthority() + url.getRawPath())
                    .header("Fastly-Key", token)
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            api.send("purge of " + url.getRawPath(), request);
        }
    }
}
