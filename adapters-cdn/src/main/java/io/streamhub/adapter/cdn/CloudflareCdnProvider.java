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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cloudflare: a proxied zone in front of StreamHub. Purge is {@code POST /client/v4/zones/{zone_id}/purge_cache}
 * with {@code {"files":[...]}} (absolute URLs, at most {@value #FILES_PER_CALL} a call) and an API token
 * with the Cache Purge permission as {@code Authorization: Bearer}. Cloudflare has no URL token signing
 * for a plain zone, so {@code signed_urls} is refused.
 */
@Singleton
public final class CloudflareCdnProvider implements CdnProvider {
    public static final String ZONE_ID = "zone_id";
    /** An API token with Zone → Cache Purge → Purge. */
    public static final String API_TOKEN = "api_token";
    /** Cloudflare's historical per-call limit for purge by URL (every plan accepts at least this many). */
    static final int FILES_PER_CALL = 30;
    private static final Pattern SUCCESS = Pattern.compile("\"success\"\\s*:\\s*true");
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9]{1,64}");

    private final ProviderApi api;

    @Inject
    public CloudflareCdnProvider(@Value("${streamhub.cdn.cloudflare.api-url:`https://api.cloudflare.com`}") String apiUrl) {
        this.api = new ProviderApi("cloudflare", apiUrl);
    }

    @Override
    public CdnProviderKind kind() {
        return CdnProviderKind.CLOUDFLARE;
    }

    @Override
    public Set<String> credentialNames() {
        return Set.of(ZONE_ID, API_TOKEN);
    }

    @Override
    public boolean signsUrls() {
        return false;
    }

    @Override
    public URI playbackUrl(CdnSettings settings, String path, boolean vod, Instant expiresAt) {
        return CdnUrls.unsigned("cloudflare", settings, path, vod);
    }

    @Override
    public void purge(CdnSettings settings, List<String> paths) {
        List<String> urls = paths.stream().map(path -> CdnUrls.under(settings, path, false).toString()).toList();
        if (urls.isEmpty()) {
            return;
        }
        String zone = settings.credential(ZONE_ID);
        if (!ZONE.matcher(zone).matches()) {
            throw new CdnFailure("distribution.cdn.zone_id must be the zone's identifier (letters and digits)", null);
        }
        String token = settings.credential(API_TOKEN);
        for (int from = 0; from < urls.size(); from += FILES_PER_CALL) {
            List<String> batch = urls.subList(from, Math.min(urls.size(), from + FILES_PER_CALL));
            String body = batch.stream().map(CdnUrls::json).collect(Collectors.joining(",", "{\"files\":[", "]}"));
            HttpRequest request = api.request("/client/v4/zones/" + zone + "/purge_cache")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            String answer = api.send("purge of " + batch.size() + " URL(s)", request);
            if (!SUCCESS.matcher(answer).find()) {
                throw new CdnFailure("cloudflare purge of " + batch.size() + " URL(s) refused: the answer is not success", null);
            }
        }
    }
}
