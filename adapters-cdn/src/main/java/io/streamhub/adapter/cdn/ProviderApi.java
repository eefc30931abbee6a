package io.streamhub.adapter.cdn;

import io.streamhub.application.port.out.CdnProvider.CdnFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A provider's HTTP API through the JDK client, with bounded waits. Every failure becomes a
 * {@link CdnFailure} whose message names the provider and the status, never a header or a body
 * (the credentials travel in headers; an error body may echo them).
 */
final class ProviderApi {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private final String provider;
    private final URI base;
    private final HttpClient http;

    ProviderApi(String provider, String baseUrl) {
        this.provider = provider;
        String trimmed = baseUrl == null ? "" : baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        this.base = URI.create(trimmed);
        if (base.getScheme() == null || base.getHost() == null) {
            throw new IllegalArgumentException(provider + " API URL must be absolute: " + baseUrl);
        }
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A request builder for {@code pathAndQuery} (already encoded) under the API base URL. */
    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(REQUEST_TIMEOUT);
    }

    /** Sends {@code request}; answers the body of a 2xx, else throws a {@link CdnFailure} saying what was refused. */
    String send(String what, HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new CdnFailure(provider + " " + what + ": the API did not answer in time", e);
        } catch (IOException e) {
            throw new CdnFailure(provider + " " + what + ": the API is unreachable (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CdnFailure(provider + " " + what + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new CdnFailure(provider + " " + what + " refused: HTTP " + response.statusCode(), null);
        }
        return response.body();
    }
}
