package io.streamhub.domain.app;

import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.distribution.DistributionConfig;
import io.streamhub.domain.distribution.DistributionMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A partial update of an {@link AppConfig}: a {@code null} component leaves the current value.
 * {@code callbackSecret} and the storage keys are handled by the caller (they go to the secret
 * store): an empty string clears one.
 */
public record AppConfigChanges(Boolean recordingEnabled, String recordingMode, String recordingLayout,
                               Integer splitMinutes, Integer snapshotSeconds,
                               String callbackUrl, String callbackSecret,
                               FeatureChanges features, Boolean adaptive, List<AppConfig.Layer> layers,
                               StorageChanges storage, DistributionChanges distribution, HlsChanges hls,
                               Boolean playbackPrivate) {

    public static final AppConfigChanges NONE = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null);

    /** Changes that leave the distribution, HLS and playback settings alone. */
    public AppConfigChanges(Boolean recordingEnabled, String recordingMode, String recordingLayout,
                            Integer splitMinutes, Integer snapshotSeconds, String callbackUrl, String callbackSecret,
                            FeatureChanges features, Boolean adaptive, List<AppConfig.Layer> layers, StorageChanges storage) {
        this(recordingEnabled, recordingMode, recordingLayout, splitMinutes, snapshotSeconds, callbackUrl, callbackSecret,
                features, adaptive, layers, storage, null, null, null);
    }

    /** Changes that leave the storage settings alone. */
    public AppConfigChanges(Boolean recordingEnabled, String recordingMode, String recordingLayout,
                            Integer splitMinutes, Integer snapshotSeconds, String callbackUrl, String callbackSecret,
                            FeatureChanges features, Boolean adaptive, List<AppConfig.Layer> layers) {
        this(recordingEnabled, recordingMode, recordingLayout, splitMinutes, snapshotSeconds, callbackUrl, callbackSecret,
                features, adaptive, layers, null);
    }

    /** A partial update of {@link AppConfig.Storage}; {@code accessKey}/{@code secretKey} go to the secret store. */
    public record StorageChanges(String endpoint, String region, String bucket, String prefix, Boolean pathStyle,
                                 String accessKey, String secretKey) {
    }

    /**
     * A partial update of {@link DistributionConfig}. {@code credentials} (provider credential name →
     * value, an empty value clears one) go to the secret store and are checked by the caller against
     * the provider's names.
     */
    public record DistributionChanges(String mode, String provider, String baseUrl, String vodBaseUrl, Boolean signedUrls,
                                      Map<String, String> credentials, Boolean p2pEnabled, List<String> trackers,
                                      List<String> stun, String swarmPrefix, Integer maxPeers, Integer maxWebrtcViewers) {
    }

    public record HlsChanges(Integer segmentSeconds, Integer listSize) {
    }

    public record FeatureChanges(Boolean rtmpPassword, Boolean viewerCounter, Boolean chat, Boolean reactions,
                                 Boolean hiddenQc, Boolean adaptivePlayer, Boolean publicPlayback) {
    }

    /** The new configuration; every rule of {@link AppConfig} is checked again on the result. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter) {
        return applyTo(current, secretSetAfter, current.storage().accessKeySet(), current.storage().secretKeySet());
    }

    /** As {@link #applyTo(AppConfig, boolean)}, with whether each storage key is set afterwards. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter, boolean accessKeySetAfter, boolean secretKeySetAfter) {
        return applyTo(current, secretSetAfter, accessKeySetAfter, secretKeySetAfter, current.distribution().cdn().credentialsSet());
    }

    /** As above, with the names of the CDN provider credentials set afterwards. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter, boolean accessKeySetAfter, boolean secretKeySetAfter,
                             Set<String> cdnCredentialsSetAfter) {
        AppConfig.Recording r = current.recording();
        AppConfig.Recording recording = new AppConfig.Recording(
                or(recordingEnabled, r.enabled()), or(recordingMode, r.mode()), or(recordingLayout, r.layout()),
                or(splitMinutes, r.splitMinutes()), or(snapshotSeconds, r.snapshotSeconds()));
        AppConfig.Callbacks callbacks = new AppConfig.Callbacks(or(callbackUrl, current.callbacks().url()), secretSetAfter);
        AppConfig.Features f = current.features();
        AppConfig.Features feats = features == null ? f : new AppConfig.Features(
                or(features.rtmpPassword(), f.rtmpPassword()), or(features.viewerCounter(), f.viewerCounter()),
                or(features.chat(), f.chat()), or(features.reactions(), f.reactions()),
                or(features.hiddenQc(), f.hiddenQc()), or(features.adaptivePlayer(), f.adaptivePlayer()),
                or(features.publicPlayback(), f.publicPlayback()));
        AppConfig.Webrtc webrtc = new AppConfig.Webrtc(or(adaptive, current.webrtc().adaptive()),
                or(layers, current.webrtc().layers()));
        AppConfig.Storage s = current.storage();
        StorageChanges c = storage == null ? new StorageChanges(null, null, null, null, null, null, null) : storage;
        AppConfig.Storage store = new AppConfig.Storage(or(c.endpoint(), s.endpoint()), or(c.region(), s.region()),
                or(c.bucket(), s.bucket()), or(c.prefix(), s.prefix()), or(c.pathStyle(), s.pathStyle()),
                accessKeySetAfter, secretKeySetAfter);
        AppConfig.Hls h = current.hls();
        AppConfig.Hls newHls = hls == null ? h
                : new AppConfig.Hls(or(hls.segmentSeconds(), h.segmentSeconds()), or(hls.listSize(), h.listSize()));
        AppConfig.Playback playback = new AppConfig.Playback(or(playbackPrivate, current.playback().privatePlayback()));
        return new AppConfig(recording, callbacks, feats, webrtc, store, distribution(current.distribution(), cdnCredentialsSetAfter),
                newHls, playback);
    }

    private DistributionConfig distribution(DistributionConfig current, Set<String> credentialsSetAfter) {
        DistributionChanges d = distribution;
        if (d == null) {
            return current.cdn().credentialsSet().equals(credentialsSetAfter) ? current
                    : new DistributionConfig(current.mode(), current.cdn().withCredentials(credentialsSetAfter), current.p2p(), current.edge());
        }
        DistributionMode mode = d.mode() == null ? current.mode() : DistributionMode.parse("distribution.mode", d.mode());
        DistributionConfig.Cdn c = current.cdn();
        CdnProviderKind provider = d.provider() == null ? c.provider() : CdnProviderKind.parse("distribution.cdn.provider", d.provider());
        DistributionConfig.Cdn cdn = new DistributionConfig.Cdn(provider, or(d.baseUrl(), c.baseUrl()),
                or(d.vodBaseUrl(), c.vodBaseUrl()), or(d.signedUrls(), c.signedUrls()), credentialsSetAfter);
        DistributionConfig.P2p p = current.p2p();
        DistributionConfig.P2p p2p = new DistributionConfig.P2p(or(d.p2pEnabled(), p.enabled()), or(d.trackers(), p.trackers()),
                or(d.stun(), p.stun()), or(d.swarmPrefix(), p.swarmPrefix()), or(d.maxPeers(), p.maxPeers()));
        DistributionConfig.Edge edge = new DistributionConfig.Edge(or(d.maxWebrtcViewers(), current.edge().maxWebrtcViewers()));
        return new DistributionConfig(mode, cdn, p2p, edge);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
