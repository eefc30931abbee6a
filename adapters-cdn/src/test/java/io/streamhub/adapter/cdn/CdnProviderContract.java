package io.streamhub.adapter.cdn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.adapter.cdn.fake.FakeProviderApi;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Recorded;
import io.streamhub.adapter.cdn.fake.FakeProviderApi.Response;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.CdnProvider.CdnFailure;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CdnProvider} promises, run against each adapter with its API pointed at a local
 * fake. Subclasses say what the provider's documented purge request looks like and, for providers
 * that sign, check signatures with an implementation of their own (never the adapter's code).
 */
abstract class CdnProviderContract {
    static final URI BASE = URI.create("https://cdn.example.com/live/");
    static final URI VOD_BASE = URI.create("https://vod.example.com/v");
    static final String PLAYLIST = "/hls/app1/room1/index.m3u8";
    static final String SEGMENT = "/hls/app1/room1/seg-00042.ts";
    static final String VOD_FILE = "/vod/app1/rec-42.mp4";
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant EXPIRES = NOW.plusSeconds(3600);

    FakeProviderApi api;
    CdnProvider provider;

    abstract CdnProviderKind kind();

    abstract CdnProvider provider(String apiUrl);

    /** A full, valid set of this provider's credentials (every name of {@link CdnProvider#credentialNames()}). */
    abstract Map<String, String> credentials();

    /** What the provider's API answers to an accepted purge. */
    abstract Response purgeAccepted(Recorded request);

    /** What the provider's API answers with {@code status}; echoes the request's headers to catch leaks. */
    Response purgeRefused(int status, Recorded request) {
        return new Response(status, "application/json", "{\"error\":\"refused\",\"echo\":\"" + request.headers() + "\"}");
    }

    /** Asserts the fake received exactly the documented purge request(s) for these CDN URLs. */
    abstract void assertPurgeRequests(List<Recorded> requests, List<URI> cdnUrls);

    /** Whether the CDN, checking as its documentation says, lets {@code url} through at {@code now}; only for signing providers. */
    boolean cdnAccepts(URI url, Map<String, String> credentials, Instant now) {
        throw new UnsupportedOperationException(kind() + " does not sign");
    }

    /** The URL a player asks for a file listed (relatively) in a signed playlist. */
    URI listedFile(URI signedPlaylist, String name) {
        return signedPlaylist.resolve(name);
    }

    @BeforeEach
    void startFake() {
        api = FakeProviderApi.start();
        api.respond(this::purgeAccepted);
        provider = provider(api.url());
    }

    @AfterEach
    void stopFake() throws Exception {
        api.close();
        if (provider instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    CdnSettings settings(boolean signed) {
        return new CdnSettings(kind(), BASE, VOD_BASE, signed, credentials());
    }

    @Test
    void namesItsKindAndTheCredentialsItNeeds() {
        assertEquals(kind(), provider.kind());
        assertEquals(credentials().keySet(), provider.credentialNames());
    }

    @Test
    void playbackUrlKeepsTheBaseUrlAndTheOriginPath() {
        assertEquals(URI.create("https://cdn.example.com/live/hls/app1/room1/index.m3u8"),
                provider.playbackUrl(settings(false), PLAYLIST, false, null));
        CdnSettings noPrefix = new CdnSettings(kind(), URI.create("http://cdn.example.com:8080"), null, false, credentials());
        assertEquals(URI.create("http://cdn.example.com:8080/hls/app1/room1/seg-00042.ts"),
                provider.playbackUrl(noPrefix, SEGMENT, false, null));
    }

    @Test
    void vodUrlsUseTheVodBaseUrlAndFallBackToTheLiveOne() {
        assertEquals(URI.create("https://vod.example.com/v/vod/app1/rec-42.mp4"), provider.playbackUrl(settings(false), VOD_FILE, true, null));
        CdnSettings noVodBase = new CdnSettings(kind(), BASE, null, false, credentials());
        assertEquals(URI.create("https://cdn.example.com/live/vod/app1/rec-42.mp4"), provider.playbackUrl(noVodBase, VOD_FILE, true, null));
    }

    @Test
    void refusesAPathThatIsNotAnAbsoluteOriginPath() {
        for (String bad : List.of("hls/app1/room1/index.m3u8", "/hls/../secret", "/hls/a?x=1", "/hls//a", "/hls/a b", "/hls/a#f",
                "/hls/%2e%2e/secret", "/hls/./a", "/hls/café")) {
            assertThrows(IllegalArgumentException.class, () -> provider.playbackUrl(settings(false), bad, false, null), bad);
        }
    }

    @Test
    void withoutABaseUrlThereIsNoCdnUrl() {
        CdnSettings none = new CdnSettings(kind(), null, null, false, credentials());
        CdnFailure failure = assertThrows(CdnFailure.class, () -> provider.playbackUrl(none, PLAYLIST, false, null));
        assertTrue(failure.getMessage().contains("distribution.cdn.base_url"), failure.getMessage());
    }

    @Test
    void aSignedUrlIsAcceptedByTheCdnUntilItExpires() {
        if (!provider.signsUrls()) {
            CdnFailure failure = assertThrows(CdnFailure.class, () -> provider.playbackUrl(settings(true), VOD_FILE, true, EXPIRES));
            assertTrue(failure.getMessage().contains("signed_urls"), failure.getMessage());
            return;
        }
        URI signed = provider.playbackUrl(settings(true), VOD_FILE, true, EXPIRES);
        assertTrue(signed.toString().startsWith("https://vod.example.com/"), signed.toString());
        assertTrue(signed.getRawPath().endsWith("/v/vod/app1/rec-42.mp4"), signed.toString());
        assertTrue(cdnAccepts(signed, credentials(), NOW), "fresh signed URL refused: " + signed);
        assertTrue(cdnAccepts(signed, credentials(), EXPIRES.minusSeconds(1)));
        assertFalse(cdnAccepts(signed, credentials(), EXPIRES.plusSeconds(1)), "expired URL accepted");
    }

    @Test
    void aTamperedSignedUrlIsRejected() {
        if (!provider.signsUrls()) {
            return;
        }
        URI signed = provider.playbackUrl(settings(true), VOD_FILE, true, EXPIRES);
        URI otherFile = URI.create(signed.toString().replace("rec-42", "rec-43"));
        assertFalse(cdnAccepts(otherFile, credentials(), NOW), "another file accepted: " + otherFile);
        long later = EXPIRES.getEpochSecond() + 86400;
        URI extended = URI.create(signed.toString().replace(String.valueOf(EXPIRES.getEpochSecond()), String.valueOf(later)));
        assertNotEquals(signed, extended, "the expiry must appear in the URL");
        assertFalse(cdnAccepts(extended, credentials(), NOW), "extended expiry accepted: " + extended);
        URI forged = provider.playbackUrl(new CdnSettings(kind(), BASE, VOD_BASE, true, otherCredentials()), VOD_FILE, true, EXPIRES);
        assertFalse(cdnAccepts(forged, credentials(), NOW), "URL signed with another key accepted: " + forged);
    }

    /** Valid-looking credentials with different signing keys (same names). */
    Map<String, String> otherCredentials() {
        throw new UnsupportedOperationException(kind() + " does not sign");
    }

    @Test
    void aSignedPlaylistAlsoOpensTheSegmentsItListsButNotAnotherRoom() {
        if (!provider.signsUrls()) {
            return;
        }
        URI playlist = provider.playbackUrl(settings(true), PLAYLIST, false, EXPIRES);
        assertTrue(cdnAccepts(playlist, credentials(), NOW), "playlist refused: " + playlist);
        URI segment = listedFile(playlist, "seg-00042.ts");
        assertTrue(segment.getRawPath().endsWith("/live/hls/app1/room1/seg-00042.ts"), segment.toString());
        assertTrue(cdnAccepts(segment, credentials(), NOW), "segment refused: " + segment);
        URI otherRoom = listedFile(playlist, "../room2/index.m3u8");
        assertFalse(cdnAccepts(otherRoom, credentials(), NOW), "another room accepted: " + otherRoom);
        assertFalse(cdnAccepts(segment, credentials(), EXPIRES.plusSeconds(1)), "expired segment accepted");
    }

    @Test
    void purgeSendsExactlyTheDocumentedRequests() {
        provider.purge(settings(false), List.of(PLAYLIST, SEGMENT));
        assertPurgeRequests(api.requests(), List.of(URI.create("https://cdn.example.com/live" + PLAYLIST),
                URI.create("https://cdn.example.com/live" + SEGMENT)));
    }

    @Test
    void purgingNothingCallsNothing() {
        provider.purge(settings(false), List.of());
        assertEquals(List.of(), api.requests());
    }

    @Test
    void aRefusedPurgeIsACdnFailureThatShowsNoCredential() {
        for (int status : new int[] {401, 403, 404, 429, 500, 503}) {
            api.respond(request -> purgeRefused(status, request));
            CdnFailure failure = assertThrows(CdnFailure.class, () -> provider.purge(settings(false), List.of(PLAYLIST)));
            assertTrue(failure.getMessage().contains(String.valueOf(status)), failure.getMessage());
            assertShowsNoCredential(failure);
        }
    }

    @Test
    void anUnreachableApiIsACdnFailureThatShowsNoCredential() throws Exception {
        CdnProvider unreachable = provider(FakeProviderApi.unreachableUrl());
        try {
            CdnFailure failure = assertThrows(CdnFailure.class, () -> unreachable.purge(settings(false), List.of(PLAYLIST)));
            assertTrue(failure.getMessage().toLowerCase().contains("unreachable"), failure.getMessage());
            assertShowsNoCredential(failure);
        } finally {
            if (unreachable instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @Test
    void aMissingCredentialIsNamedAndNothingIsSent() {
        CdnSettings bare = new CdnSettings(kind(), BASE, VOD_BASE, false, Map.of());
        CdnFailure failure = assertThrows(CdnFailure.class, () -> provider.purge(bare, List.of(PLAYLIST)));
        assertTrue(failure.getMessage().matches("distribution\\.cdn\\.[a-z_]+ is not set"), failure.getMessage());
        assertEquals(List.of(), api.requests());
    }

    @Test
    void settingsNeverPrintACredential() {
        String text = settings(true).toString();
        credentials().values().forEach(secret -> assertFalse(text.contains(secret), text));
    }

    void assertShowsNoCredential(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()) + " " + t;
            for (String secret : credentials().values()) {
                if (secret.length() >= 6) {
                    for (String line : secret.split("\n")) {
                        if (line.length() >= 6) {
                            assertFalse(message.contains(line), "credential in failure: " + message);
                        }
                    }
                }
            }
        }
    }
}
