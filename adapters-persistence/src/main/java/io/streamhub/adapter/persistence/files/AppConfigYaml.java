package io.streamhub.adapter.persistence.files;

import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.distribution.DistributionConfig;
import io.streamhub.domain.distribution.DistributionMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/**
 * An app's {@code config.yaml} (snake_case keys). Secrets are never written: of the callbacks only
 * the URL is, of the {@code s3} section no key, so a config read back says no secret is set. A
 * missing key reads as its default.
 */
final class AppConfigYaml {
    private AppConfigYaml() {
    }

    static String write(App app, AppConfig config) {
        AppConfig.Recording recording = config.recording();
        AppConfig.Features features = config.features();
        Map<String, Object> root = ordered(
                "name", app.name().value(),
                "display_name", app.displayName(),
                "room_prefix", app.roomPrefix().value(),
                "recording", ordered("enabled", recording.enabled(), "mode", recording.mode(), "layout", recording.layout(),
                        "split_minutes", recording.splitMinutes(), "snapshot_seconds", recording.snapshotSeconds()),
                "callbacks", ordered("url", config.callbacks().url()),
                "features", ordered("rtmp_password", features.rtmpPassword(), "viewer_counter", features.viewerCounter(),
                        "chat", features.chat(), "reactions", features.reactions(), "hidden_qc", features.hiddenQc(),
                        "adaptive_player", features.adaptivePlayer(), "public_playback", features.publicPlayback()),
                "webrtc", ordered("adaptive", config.webrtc().adaptive(), "layers", config.webrtc().layers().stream()
                        .map(layer -> ordered("name", layer.name(), "height", layer.height())).toList()),
                "s3", ordered("endpoint", config.storage().endpoint(), "region", config.storage().region(),
                        "bucket", config.storage().bucket(), "prefix", config.storage().prefix(),
                        "force_path_style", config.storage().pathStyle()),
                "distribution", distribution(config.distribution()),
                "hls", ordered("segment_seconds", config.hls().segmentSeconds(), "list_size", config.hls().listSize()),
                "playback", ordered("private", config.playback().privatePlayback()));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new Representer(options), options).dump(root);
    }

    static AppConfig read(String text) {
        Map<String, Object> root = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text), "config.yaml");
        AppConfig defaults = AppConfig.defaults();
        Map<String, Object> r = section(root, "recording");
        AppConfig.Recording recording = new AppConfig.Recording(
                value(r, "enabled", Boolean.class, defaults.recording().enabled()),
                value(r, "mode", String.class, defaults.recording().mode()),
                value(r, "layout", String.class, defaults.recording().layout()),
                value(r, "split_minutes", Integer.class, defaults.recording().splitMinutes()),
                value(r, "snapshot_seconds", Integer.class, defaults.recording().snapshotSeconds()));
        AppConfig.Callbacks callbacks = new AppConfig.Callbacks(
                value(section(root, "callbacks"), "url", String.class, defaults.callbacks().url()), false);
        Map<String, Object> f = section(root, "features");
        AppConfig.Features d = defaults.features();
        AppConfig.Features features = new AppConfig.Features(
                value(f, "rtmp_password", Boolean.class, d.rtmpPassword()),
                value(f, "viewer_counter", Boolean.class, d.viewerCounter()),
                value(f, "chat", Boolean.class, d.chat()),
                value(f, "reactions", Boolean.class, d.reactions()),
                value(f, "hidden_qc", Boolean.class, d.hiddenQc()),
                value(f, "adaptive_player", Boolean.class, d.adaptivePlayer()),
                value(f, "public_playback", Boolean.class, d.publicPlayback()));
        Map<String, Object> w = section(root, "webrtc");
        List<?> layers = value(w, "layers", List.class, null);
        AppConfig.Webrtc webrtc = new AppConfig.Webrtc(value(w, "adaptive", Boolean.class, defaults.webrtc().adaptive()),
                layers == null ? defaults.webrtc().layers() : layers.stream().map(AppConfigYaml::layer).toList());
        Map<String, Object> s3 = section(root, "s3");
        AppConfig.Storage none = AppConfig.Storage.none();
        AppConfig.Storage storage = new AppConfig.Storage(value(s3, "endpoint", String.class, none.endpoint()),
                value(s3, "region", String.class, none.region()), value(s3, "bucket", String.class, none.bucket()),
                value(s3, "prefix", String.class, none.prefix()), value(s3, "force_path_style", Boolean.class, none.pathStyle()),
                false, false);
        Map<String, Object> h = section(root, "hls");
        AppConfig.Hls hls = new AppConfig.Hls(value(h, "segment_seconds", Integer.class, defaults.hls().segmentSeconds()),
                value(h, "list_size", Integer.class, defaults.hls().listSize()));
        AppConfig.Playback playback = new AppConfig.Playback(
                value(section(root, "playback"), "private", Boolean.class, defaults.playback().privatePlayback()));
        return new AppConfig(recording, callbacks, features, webrtc, storage, distribution(section(root, "distribution")), hls, playback);
    }

    /** Provider credentials are never written: they live in the secret store. */
    private static Map<String, Object> distribution(DistributionConfig d) {
        DistributionConfig.Cdn cdn = d.cdn();
        DistributionConfig.P2p p2p = d.p2p();
        return ordered("mode", d.mode().wireName(),
                "cdn", ordered("provider", cdn.provider().wireName(), "base_url", cdn.baseUrl(), "vod_base_url", cdn.vodBaseUrl(),
                        "signed_urls", cdn.signedUrls()),
                "p2p", ordered("enabled", p2p.enabled(), "trackers", p2p.trackers(), "stun", p2p.stun(),
                        "swarm_prefix", p2p.swarmPrefix(), "max_peers", p2p.maxPeers()),
                "edge", ordered("max_webrtc_viewers", d.edge().maxWebrtcViewers()));
    }

    private static DistributionConfig distribution(Map<String, Object> d) {
        DistributionConfig defaults = DistributionConfig.defaults();
        Map<String, Object> c = section(d, "cdn");
        Map<String, Object> p = section(d, "p2p");
        DistributionConfig.P2p off = defaults.p2p();
        return new DistributionConfig(
                DistributionMode.parse("distribution.mode", value(d, "mode", String.class, defaults.mode().wireName())),
                new DistributionConfig.Cdn(
                        CdnProviderKind.parse("distribution.cdn.provider", value(c, "provider", String.class, "none")),
                        value(c, "base_url", String.class, ""), value(c, "vod_base_url", String.class, ""),
                        value(c, "signed_urls", Boolean.class, false), java.util.Set.of()),
                new DistributionConfig.P2p(value(p, "enabled", Boolean.class, off.enabled()), strings(p, "trackers"), strings(p, "stun"),
                        value(p, "swarm_prefix", String.class, off.swarmPrefix()), value(p, "max_peers", Integer.class, off.maxPeers())),
                new DistributionConfig.Edge(value(section(d, "edge"), "max_webrtc_viewers", Integer.class,
                        defaults.edge().maxWebrtcViewers())));
    }

    private static List<String> strings(Map<String, Object> section, String key) {
        List<?> list = value(section, key, List.class, List.of());
        return list.stream().map(item -> {
            if (!(item instanceof String text)) {
                throw new IllegalStateException("config.yaml: " + key + " must be a list of strings");
            }
            return text;
        }).toList();
    }

    private static AppConfig.Layer layer(Object entry) {
        Map<String, Object> layer = map(entry, "webrtc.layers[]");
        return new AppConfig.Layer(value(layer, "name", String.class, null), value(layer, "height", Integer.class, 0));
    }

    private static Map<String, Object> section(Map<String, Object> root, String key) {
        return map(root.get(key), key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node, String where) {
        if (node == null) {
            return Map.of();
        }
        if (node instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalStateException("config.yaml: " + where + " must be a mapping");
    }

    private static <T> T value(Map<String, Object> section, String key, Class<T> type, T fallback) {
        Object value = section.get(key);
        if (value == null) {
            return fallback;
        }
        if (!type.isInstance(value)) {
            throw new IllegalStateException("config.yaml: " + key + " must be a " + type.getSimpleName().toLowerCase(Locale.ROOT));
        }
        return type.cast(value);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
