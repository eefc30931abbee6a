package io.streamhub.domain.app;

import java.util.List;

/**
 * A partial update of an {@link AppConfig}: a {@code null} component leaves the current value.
 * {@code callbackSecret} and the storage keys are handled by the caller (they go to the secret
 * store): an empty string clears one.
 */
public record AppConfigChanges(Boolean recordingEnabled, String recordingMode, String recordingLayout,
                               Integer splitMinutes, Integer snapshotSeconds,
                               String callbackUrl, String callbackSecret,
                               FeatureChanges features, Boolean adaptive, List<AppConfig.Layer> layers,
                               StorageChanges storage) {

    public static final AppConfigChanges NONE = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null);

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

    public record FeatureChanges(Boolean rtmpPassword, Boolean viewerCounter, Boolean chat, Boolean reactions,
                                 Boolean hiddenQc, Boolean adaptivePlayer, Boolean publicPlayback) {
    }

    /** The new configuration; every rule of {@link AppConfig} is checked again on the result. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter) {
        return applyTo(current, secretSetAfter, current.storage().accessKeySet(), current.storage().secretKeySet());
    }

    /** As {@link #applyTo(AppConfig, boolean)}, with whether each storage key is set afterwards. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter, boolean accessKeySetAfter, boolean secretKeySetAfter) {
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
        return new AppConfig(recording, callbacks, feats, webrtc, store);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
