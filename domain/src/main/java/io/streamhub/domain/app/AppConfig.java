package io.streamhub.domain.app;

import io.streamhub.domain.distribution.DistributionConfig;
import io.streamhub.domain.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * An app's behaviour settings (its {@code config.yaml}). Secrets are never part of it: only the
 * fact that one is set ({@link Callbacks#secretSet()}, {@link Storage#accessKeySet()}), the value
 * lives in the secret store.
 */
public record AppConfig(Recording recording, Callbacks callbacks, Features features, Webrtc webrtc, Storage storage,
                        DistributionConfig distribution, Hls hls, Playback playback) {

    /** Below this segment length HLS is low-latency, which P2P cannot follow (segments must circulate). */
    public static final int P2P_MIN_SEGMENT_SECONDS = 4;

    /**
     * Rules across blocks: P2P (switched on, or the p2p mode) is refused with private playback, with
     * signed CDN URLs (viewers would share segments that are meant to be private) and with low-latency HLS.
     */
    public AppConfig {
        storage = storage == null ? Storage.none() : storage;
        distribution = distribution == null ? DistributionConfig.defaults() : distribution;
        hls = hls == null ? Hls.defaults() : hls;
        playback = playback == null ? Playback.defaults() : playback;
        if (distribution.p2pRequested()) {
            String field = distribution.p2p().enabled() ? "distribution.p2p.enabled" : "distribution.mode";
            String what = distribution.p2p().enabled() ? "P2P (distribution.p2p.enabled)" : "P2P (distribution.mode p2p)";
            if (playback.privatePlayback()) {
                throw new InvalidInputException(field, what + " is refused with private playback (playback.private): "
                        + "viewers would share the segments with each other");
            }
            if (distribution.cdn().signedUrls()) {
                throw new InvalidInputException(field, what + " is refused with signed CDN URLs (distribution.cdn.signedUrls): "
                        + "viewers would share signed segments with each other");
            }
            if (hls.segmentSeconds() < P2P_MIN_SEGMENT_SECONDS) {
                throw new InvalidInputException(field, what + " is refused with low-latency HLS (hls.segmentSeconds "
                        + hls.segmentSeconds() + " < " + P2P_MIN_SEGMENT_SECONDS + "): segments need time to circulate between peers");
            }
        }
    }

    /** A config with these storage settings and the default distribution, HLS and playback blocks. */
    public AppConfig(Recording recording, Callbacks callbacks, Features features, Webrtc webrtc, Storage storage) {
        this(recording, callbacks, features, webrtc, storage, null, null, null);
    }

    /** A config without object storage (recordings stay on disk until a bucket is configured). */
    public AppConfig(Recording recording, Callbacks callbacks, Features features, Webrtc webrtc) {
        this(recording, callbacks, features, webrtc, Storage.none());
    }

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
                new Webrtc(true, List.of(new Layer("high", 720), new Layer("med", 480), new Layer("low", 240))),
                Storage.none(), DistributionConfig.defaults(), Hls.defaults(), Playback.defaults());
    }

    public AppConfig withDistribution(DistributionConfig newDistribution) {
        return new AppConfig(recording, callbacks, features, webrtc, storage, newDistribution, hls, playback);
    }

    /** The app's live HLS: segment length in seconds (1..10, default 4) and playlist length in segments (3..30, default 10). */
    public record Hls(int segmentSeconds, int listSize) {
        public Hls {
            if (segmentSeconds < 1 || segmentSeconds > 10) {
                throw new InvalidInputException("hls.segmentSeconds", "hls.segmentSeconds must be 1 to 10");
            }
            if (listSize < 3 || listSize > 30) {
                throw new InvalidInputException("hls.listSize", "hls.listSize must be 3 to 30");
            }
        }

        public static Hls defaults() {
            return new Hls(4, 10);
        }
    }

    /**
     * {@code playback.private}: viewers always need credentials (even with {@code features.publicPlayback})
     * and P2P is refused.
     */
    public record Playback(boolean privatePlayback) {
        public static Playback defaults() {
            return new Playback(false);
        }
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

    /**
     * The app's own S3-compatible bucket for recordings. An empty {@code endpoint} means AWS; an
     * empty {@code bucket} means no storage is configured. The credentials live in the secret
     * store; this record only says whether each is set. Every object key starts with
     * {@code prefix} (no leading or trailing slash).
     */
    public record Storage(String endpoint, String region, String bucket, String prefix, boolean pathStyle,
                          boolean accessKeySet, boolean secretKeySet) {
        public static final String DEFAULT_REGION = "us-east-1";

        public Storage {
            endpoint = endpoint == null ? "" : endpoint.trim();
            region = region == null || region.isBlank() ? DEFAULT_REGION : region.trim();
            bucket = bucket == null ? "" : bucket.trim();
            prefix = prefix == null ? "" : trimSlashes(prefix.trim());
            checkEndpoint(endpoint);
            if (!region.matches("^[a-z0-9][a-z0-9-]{0,62}$")) {
                throw new InvalidInputException("storage.region", "storage.region must match ^[a-z0-9][a-z0-9-]{0,62}$");
            }
            if (!bucket.isEmpty() && (!bucket.matches("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$") || bucket.contains(".."))) {
                throw new InvalidInputException("storage.bucket", "storage.bucket must be 3 to 63 lowercase letters, digits, dots or dashes");
            }
            if (prefix.length() > 512 || !prefix.matches("^[A-Za-z0-9/._-]*$") || prefix.contains("//")
                    || List.of(prefix.split("/")).stream().anyMatch(part -> part.equals(".") || part.equals(".."))) {
                throw new InvalidInputException("storage.prefix",
                        "storage.prefix must be at most 512 letters, digits, '/', '.', '_' or '-' without empty, '.' or '..' segments");
            }
        }

        public static Storage none() {
            return new Storage("", DEFAULT_REGION, "", "", false, false, false);
        }

        /** Whether recordings can be uploaded: a bucket and both credentials. */
        public boolean configured() {
            return !bucket.isEmpty() && accessKeySet && secretKeySet;
        }

        /** The object key of {@code name} under the prefix. */
        public String key(String name) {
            String clean = trimSlashes(name);
            return prefix.isEmpty() ? clean : prefix + "/" + clean;
        }

        public Storage withKeys(boolean accessKeySet, boolean secretKeySet) {
            return new Storage(endpoint, region, bucket, prefix, pathStyle, accessKeySet, secretKeySet);
        }

        private static void checkEndpoint(String endpoint) {
            if (endpoint.isEmpty()) {
                return;
            }
            try {
                URI uri = new URI(endpoint);
                boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                boolean bare = uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                        && (uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath()));
                if (http && uri.getHost() != null && bare && endpoint.length() <= 2048) {
                    return;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new InvalidInputException("storage.endpoint",
                    "storage.endpoint must be empty (AWS) or an http(s) URL with a host and no path, query or credentials");
        }

        private static String trimSlashes(String value) {
            int start = 0;
            int end = value.length();
            while (start < end && value.charAt(start) == '/') {
                start++;
            }
            while (end > start && value.charAt(end - 1) == '/') {
                end--;
            }
            return value.substring(start, end);
        }
    }
}
