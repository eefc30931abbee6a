package io.streamhub.adapter.web.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.app.AppConfigDto.Layer;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppConfigChanges;
import java.util.List;
import java.util.Map;

/** Request bodies of the app routes. Unknown fields are ignored; every value is checked by the domain. */
final class AppRequests {
    private AppRequests() {
    }

    @Serdeable
    record CreateApp(String name, String displayName, String roomPrefix, String tenantId) {
    }

    @Serdeable
    record Features(Boolean rtmpPassword, Boolean viewerCounter, Boolean chat, Boolean reactions,
                    Boolean hiddenQc, Boolean adaptivePlayer, Boolean publicPlayback) {
        AppConfigChanges.FeatureChanges toChanges() {
            return new AppConfigChanges.FeatureChanges(rtmpPassword, viewerCounter, chat, reactions, hiddenQc,
                    adaptivePlayer, publicPlayback);
        }
    }

    /** The flat form of {@code PATCH /apps/{name}} (catalog 3.4). */
    @Serdeable
    record UpdateApp(String displayName, String roomPrefix, Boolean recordingEnabled, Integer splitMinutes,
                     Integer snapshotSeconds, String callbackUrl, String callbackSecret, Features features) {
        AppConfigChanges toChanges() {
            return new AppConfigChanges(recordingEnabled, null, null, splitMinutes, snapshotSeconds, callbackUrl,
                    callbackSecret, features == null ? null : features.toChanges(), null, null);
        }
    }

    @Serdeable
    record Recording(Boolean enabled, String mode, String layout, Integer splitMinutes, Integer snapshotSeconds) {
    }

    @Serdeable
    record Callbacks(String url, String secret) {
    }

    @Serdeable
    record Webrtc(Boolean adaptive, List<Layer> layers) {
    }

    /** The app's bucket; {@code accessKey}/{@code secretKey} are write-only, an empty value clears one. */
    @Serdeable
    record Storage(String endpoint, String region, String bucket, String prefix, Boolean pathStyle,
                   String accessKey, String secretKey) {
        AppConfigChanges.StorageChanges toChanges() {
            return new AppConfigChanges.StorageChanges(endpoint, region, bucket, prefix, pathStyle, accessKey, secretKey);
        }
    }

    /** {@code credentials} are write-only (names from the provider); an empty value clears one. */
    @Serdeable
    record Cdn(String provider, String baseUrl, String vodBaseUrl, Boolean signedUrls, Map<String, String> credentials) {
    }

    @Serdeable
    record P2p(Boolean enabled, List<String> trackers, List<String> stun, String swarmPrefix, Integer maxPeers) {
    }

    @Serdeable
    record Edge(Integer maxWebrtcViewers) {
    }

    @Serdeable
    record Distribution(String mode, Cdn cdn, P2p p2p, Edge edge) {
        AppConfigChanges.DistributionChanges toChanges() {
            Cdn c = cdn == null ? new Cdn(null, null, null, null, null) : cdn;
            P2p p = p2p == null ? new P2p(null, null, null, null, null) : p2p;
            return new AppConfigChanges.DistributionChanges(mode, c.provider(), c.baseUrl(), c.vodBaseUrl(), c.signedUrls(),
                    c.credentials(), p.enabled(), p.trackers(), p.stun(), p.swarmPrefix(), p.maxPeers(),
                    edge == null ? null : edge.maxWebrtcViewers());
        }
    }

    @Serdeable
    record Hls(Integer segmentSeconds, Integer listSize) {
    }

    @Serdeable
    record Playback(@JsonProperty("private") Boolean privatePlayback) {
    }

    /** The nested form of {@code PATCH /apps/{name}/config}. */
    @Serdeable
    record UpdateConfig(Recording recording, Callbacks callbacks, Features features, Webrtc webrtc, Storage storage,
                        Distribution distribution, Hls hls, Playback playback) {
        AppConfigChanges toChanges() {
            Recording r = recording == null ? new Recording(null, null, null, null, null) : recording;
            Callbacks c = callbacks == null ? new Callbacks(null, null) : callbacks;
            Webrtc w = webrtc == null ? new Webrtc(null, null) : webrtc;
            List<AppConfig.Layer> layers = w.layers() == null ? null
                    : w.layers().stream().map(l -> new AppConfig.Layer(l.name(), l.height())).toList();
            return new AppConfigChanges(r.enabled(), r.mode(), r.layout(), r.splitMinutes(), r.snapshotSeconds(),
                    c.url(), c.secret(), features == null ? null : features.toChanges(), w.adaptive(), layers,
                    storage == null ? null : storage.toChanges(), distribution == null ? null : distribution.toChanges(),
                    hls == null ? null : new AppConfigChanges.HlsChanges(hls.segmentSeconds(), hls.listSize()),
                    playback == null ? null : playback.privatePlayback());
        }
    }
}
