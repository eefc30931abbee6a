package io.streamhub.domain.app;

import java.util.List;

/**
 * A partial update of an {@link AppConfig}: a {@code null} component leaves the current value.
 * {@code callbackSecret} is handled by the caller (it goes to the secret store): an empty string
 * clears it.
 */
public record AppConfigChanges(Boolean recordingEnabled, String recordingMode, String recordingLayout,
                               Integer splitMinutes, Integer snapshotSeconds,
                               String callbackUrl, String callbackSecret,
                               FeatureChanges features, Boolean adaptive, List<AppConfig.Layer> layers) {

    public static final AppConfigChanges NONE = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null);

    public record FeatureChanges(Boolean rtmpPassword, Boolean viewerCounter, Boolean chat, Boolean reactions,
                                 Boolean hiddenQc, Boolean adaptivePlayer, Boolean publicPlayback) {
    }

    /** The new configuration; every rule of {@link AppConfig} is checked again on the result. */
    public AppConfig applyTo(AppConfig current, boolean secretSetAfter) {
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
        return new AppConfig(recording, callbacks, feats, webrtc);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
