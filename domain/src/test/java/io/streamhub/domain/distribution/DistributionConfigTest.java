package io.streamhub.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.error.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistributionConfigTest {

    static AppConfigChanges changes(AppConfigChanges.DistributionChanges d, AppConfigChanges.HlsChanges hls, Boolean playbackPrivate) {
        return new AppConfigChanges(null, null, null, null, null, null, null, null, null, null, null, d, hls, playbackPrivate);
    }

    static AppConfigChanges.DistributionChanges d(String mode, String provider, String baseUrl, Boolean signed, Boolean p2p,
                                                  List<String> trackers) {
        return new AppConfigChanges.DistributionChanges(mode, provider, baseUrl, null, signed, null, p2p, trackers, null, null, null, null);
    }

    static String refusedField(AppConfigChanges changes, AppConfig current) {
        return assertThrows(InvalidInputException.class, () -> changes.applyTo(current, false)).field();
    }

    static final List<String> TRACKER = List.of("wss://tracker.example.test/announce");

    @Test
    void defaultsAreEdgeWithoutCdnOrP2pAndFourSecondSegments() {
        AppConfig config = AppConfig.defaults();
        assertEquals(DistributionMode.EDGE, config.distribution().mode());
        assertEquals(CdnProviderKind.NONE, config.distribution().cdn().provider());
        assertFalse(config.distribution().p2p().enabled());
        assertEquals("streamhub", config.distribution().p2p().swarmPrefix());
        assertEquals(30, config.distribution().p2p().maxPeers());
        assertEquals(200, config.distribution().edge().maxWebrtcViewers());
        assertEquals(new AppConfig.Hls(4, 10), config.hls());
        assertFalse(config.playback().privatePlayback());
        assertFalse(config.distribution().hlsAvailable());
    }

    @Test
    void changesApplyOnlyWhatTheyNameAndKeepTheRest() {
        AppConfig after = changes(d("hybrid", "bunny", "https://cdn.example.test/", null, true, TRACKER), new AppConfigChanges.HlsChanges(6, null), null)
                .applyTo(AppConfig.defaults(), false);
        assertEquals(DistributionMode.HYBRID, after.distribution().mode());
        assertEquals("https://cdn.example.test", after.distribution().cdn().baseUrl());
        assertTrue(after.distribution().p2p().enabled());
        assertEquals(new AppConfig.Hls(6, 10), after.hls());
        AppConfig again = changes(null, null, null).applyTo(after, false);
        assertEquals(after.distribution(), again.distribution());
        AppConfig storageOnly = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.StorageChanges(null, null, "bucket-1", null, null, null, null)).applyTo(after, false);
        assertEquals(after.distribution(), storageOnly.distribution(), "an older kind of change keeps the distribution block");
        assertEquals(after.hls(), storageOnly.hls());
    }

    @Test
    void p2pIsRefusedWithPrivatePlayback() {
        assertEquals("distribution.p2p.enabled", refusedField(changes(d(null, null, null, null, true, TRACKER), null, true), AppConfig.defaults()));
        assertEquals("distribution.mode", refusedField(changes(d("p2p", null, null, null, null, null), null, true), AppConfig.defaults()));
    }

    @Test
    void p2pIsRefusedWithSignedUrls() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> changes(
                d(null, "bunny", "https://cdn.example.test", true, true, TRACKER), null, null).applyTo(AppConfig.defaults(), false));
        assertEquals("distribution.p2p.enabled", e.field());
        assertTrue(e.getMessage().contains("signed"), e.getMessage());
    }

    @Test
    void p2pIsRefusedWithLowLatencyHlsAndSaysSo() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> changes(
                d("p2p", null, null, null, null, null), new AppConfigChanges.HlsChanges(2, null), null).applyTo(AppConfig.defaults(), false));
        assertEquals("distribution.mode", e.field());
        assertTrue(e.getMessage().contains("low-latency"), e.getMessage());
        assertEquals(DistributionMode.P2P, changes(d("p2p", null, null, null, null, null), new AppConfigChanges.HlsChanges(4, null), null)
                .applyTo(AppConfig.defaults(), false).distribution().mode());
    }

    @Test
    void turningPrivatePlaybackOnLaterIsRefusedWhileP2pIsOn() {
        AppConfig p2p = changes(d(null, null, null, null, true, TRACKER), null, null).applyTo(AppConfig.defaults(), false);
        assertEquals("distribution.p2p.enabled", refusedField(changes(null, null, true), p2p));
    }

    @Test
    void signedUrlsNeedAProvider() {
        assertEquals("distribution.cdn.signedUrls", refusedField(changes(d(null, null, null, true, null, null), null, null), AppConfig.defaults()));
    }

    @Test
    void aProviderNeedsABaseUrl() {
        assertEquals("distribution.cdn.baseUrl", refusedField(changes(d(null, "fastly", null, null, null, null), null, null), AppConfig.defaults()));
    }

    @Test
    void baseUrlsMustBeHttpWithoutQuery() {
        for (String bad : List.of("ftp://cdn.example.test", "https://cdn.example.test/?token=1", "https://user:pw@cdn.example.test",
                "cdn.example.test", "https://cdn.example.test/#x")) {
            assertEquals("distribution.cdn.baseUrl", refusedField(changes(d(null, null, bad, null, null, null), null, null), AppConfig.defaults()), bad);
        }
        assertEquals("https://cdn.example.test/live", changes(d(null, null, "https://cdn.example.test/live/", null, null, null), null, null)
                .applyTo(AppConfig.defaults(), false).distribution().cdn().baseUrl());
    }

    @Test
    void unknownModesAndProvidersAreRefused() {
        assertEquals("distribution.mode", refusedField(changes(d("mesh", null, null, null, null, null), null, null), AppConfig.defaults()));
        assertEquals("distribution.cdn.provider", refusedField(changes(d(null, "akamai", "https://x.test", null, null, null), null, null), AppConfig.defaults()));
    }

    @Test
    void p2pValuesAreChecked() {
        assertTrue(new DistributionConfig.P2p(true, List.of(), List.of(), "streamhub", 30).trackers().isEmpty(),
                "no trackers: the server's own tracker is handed out");
        assertEquals("distribution.p2p.trackers", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.P2p(false, List.of("http://tracker.test"), List.of(), "streamhub", 30)).field());
        assertEquals("distribution.p2p.stun", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.P2p(false, List.of(), List.of("http://stun.test"), "streamhub", 30)).field());
        assertEquals("distribution.p2p.swarmPrefix", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.P2p(false, List.of(), List.of(), "Bad/Prefix", 30)).field());
        assertEquals("distribution.p2p.maxPeers", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.P2p(false, List.of(), List.of(), "streamhub", 0)).field());
        assertEquals("distribution.p2p.maxPeers", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.P2p(false, List.of(), List.of(), "streamhub", 101)).field());
        DistributionConfig.P2p ok = new DistributionConfig.P2p(true, List.of("ws://127.0.0.1:8000"),
                List.of("stun:stun.l.google.com:19302", "turn:turn.example.test:3478?transport=udp"), "events", 100);
        assertEquals("events/app1/app1-show", ok.swarmId("app1", "app1-show"));
    }

    @Test
    void hlsAndEdgeBoundsAreChecked() {
        assertEquals("hls.segmentSeconds", assertThrows(InvalidInputException.class, () -> new AppConfig.Hls(0, 10)).field());
        assertEquals("hls.segmentSeconds", assertThrows(InvalidInputException.class, () -> new AppConfig.Hls(11, 10)).field());
        assertEquals("hls.listSize", assertThrows(InvalidInputException.class, () -> new AppConfig.Hls(4, 2)).field());
        assertEquals("hls.listSize", assertThrows(InvalidInputException.class, () -> new AppConfig.Hls(4, 31)).field());
        assertEquals("distribution.edge.maxWebrtcViewers", assertThrows(InvalidInputException.class,
                () -> new DistributionConfig.Edge(-1)).field());
    }

    @Test
    void credentialNamesFollowTheCallerAndNeverValues() {
        AppConfig after = changes(d(null, "bunny", "https://cdn.example.test", null, null, null), null, null)
                .applyTo(AppConfig.defaults(), false, false, false, Set.of("apiKey"));
        assertEquals(Set.of("apiKey"), after.distribution().cdn().credentialsSet());
        assertTrue(after.distribution().hlsAvailable());
    }
}
