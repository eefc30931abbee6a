package io.streamhub.domain.app;

import io.streamhub.domain.error.InvalidInputException;
import java.util.List;
import java.util.Set;

/**
 * An app's behaviour settings (its {@code config.yaml}). Secrets are never part of it: only the
 * fact that one is set ({@link Callbacks#secretSet()}), the value lives in the secret store.
 */
public record AppConfig(Recording recording, Callbacks callbacks, Features features, Webrtc webrtc) {

    public static final Set<Integer> SPLIT_MINUTES = Set.of(0, 15, 30, 60, 90, 120);
    public static final Set<Integer> SNAPSHOT_SECONDS = Set.of(0, 1, 30, 60, 120, 360);

    /**
     * Defaults for a new app. Public playback and hidden QC viewers are off until the operator
     * turns them on (secure by default, unlike the reference).
     */
    public static AppConfig defaults() {
        return new AppConfig(
                new Recording(true, "room-composite", "grid", 0, 0),
                new Callbacks("", false),
                new Features(false, true, false, false, false, true, false),
                new Webrtc(true, List.of(new Layer("high", 720), new Layer("med", 480), new Layer("low", 240))));
    }

    public record Recording(boolean enabled, String mode, String layout, int splitMinutes, int snapshotSeconds) {
        public Recording {
            if (!"room-composite".equals(mode) && !"participant".equals(mode)) {
                throw new InvalidInputException("recording.mode", "recording.mode must be room-composite or participant");
            }
            if (layout == null || !layout.matches("^[a-z0-9_-]{1,100}$")) {
                throw new InvalidInputException("recording.layout", "recording.layout must match ^[a-z0-9_-]{1,100}$");
            }
            if (!SPLIT_MINUTES.contains(splitMinutes)) {
                throw new InvalidInputException("recording.splitMinutes", "recording.splitMinutes must be one of 0, 15, 30, 60, 90, 120");
            }
            if (!SNAPSHOT_SECONDS.contains(snapshotSeconds)) {
                throw new InvalidInputException("recording.snapshotSeconds", "recording.snapshotSeconds must be one of 0, 1, 30, 60, 120, 360");
            }
        }
    }

    public record Callbacks(String url, boolean secretSet) {
        public Callbacks {
            url = url == null ? "" : url.trim();
            if (url.length() > 2048 || !(url.isEmpty() || url.startsWith("http://") || url.startsWith("https://"))) {
                throw new InvalidInputException("callbacks.url", "callbacks.url must be empty or an http(s) URL of at most 2048 characters");
            }
        }
    }

    public record Features(boolean rtmpPassword, boolean viewerCounter, boolean chat, boolean reactions,
                           boolean hiddenQc, boolean adaptivePlayer, boolean publicPlayback) {
    }

    public record Webrtc(boolean adaptive, List<Layer> layers) {
        public Webrtc {
            if (layers == null || layers.isEmpty() || layers.size() > 8) {
                throw new InvalidInputException("webrtc.layers", "webrtc.layers must hold 1 to 8 layers");
            }
            layers = List.copyOf(layers);
        }
    }

    public record Layer(String name, int height) {
        public Layer {
            if (name == null || !name.matches("^[a-z0-9_-]{1,20}$")) {
                throw new InvalidInputException("webrtc.layers.name", "layer name must match ^[a-z0-9_-]{1,20}$");
            }
            if (height < 1 || height > 4320) {
                throw new InvalidInputException("webrtc.layers.height", "layer height must be 1 to 4320");
            }
        }
    }
}
