package io.streamhub.adapter.web.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.application.port.in.AppView;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.distribution.DistributionConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An app's configuration; secrets appear only as {@code …Set} flags, never as values. */
@Serdeable
public record AppConfigDto(String app, Recording recording, Callbacks callbacks, Features features, Webrtc webrtc,
                           Storage storage, Distribution distribution, Hls hls, Playback playback) {

    /** The CDN provider's credentials appear only as {@code credentialsSet}: each name and whether it is set. */
    @Serdeable
    public record Cdn(String provider, String baseUrl, String vodBaseUrl, boolean signedUrls, Map<String, Boolean> credentialsSet) {
    }

    @Serdeable
    public record P2p(boolean enabled, List<String> trackers, List<String> stun, String swarmPrefix, int maxPeers) {
    }

    @Serdeable
    public record Edge(int maxWebrtcViewers) {
    }

    @Serdeable
    public record Distribution(String mode, Cdn cdn, P2p p2p, Edge edge) {
    }

    @Serdeable
    public record Hls(int segmentSeconds, int listSize) {
    }

    @Serdeable
    public record Playback(@JsonProperty("private") boolean privatePlayback) {
    }

    @Serdeable
    public record Recording(boolean enabled, String mode, String layout, int splitMinutes, int snapshotSeconds) {
    }

    @Serdeable
    public record Callbacks(String url, boolean secretSet) {
    }

    @Serdeable
    public record Features(boolean rtmpPassword, boolean viewerCounter, boolean chat, boolean reactions,
                           boolean hiddenQc, boolean adaptivePlayer, boolean publicPlayback) {
    }

    @Serdeable
    public record Layer(String name, int height) {
    }

    @Serdeable
    public record Webrtc(boolean adaptive, List<Layer> layers) {
    }

    /** The app's bucket; the credentials appear only as {@code accessKeySet}/{@code secretKeySet}. */
    @Serdeable
    public record Storage(String endpoint, String region, String bucket, String prefix, boolean pathStyle,
                          boolean accessKeySet, boolean secretKeySet, boolean configured) {
    }

    static AppConfigDto from(AppView view) {
        AppConfig c = view.config();
        AppConfig.Recording r = c.recording();
        AppConfig.Features f = c.features();
        return new AppConfigDto(view.app().name().value(),
                new Recording(r.enabled(), r.mode(), r.layout(), r.splitMinutes(), r.snapshotSeconds()),
                new Callbacks(c.callbacks().url(), c.callbacks().secretSet()),
                new Features(f.rtmpPassword(), f.viewerCounter(), f.chat(), f.reactions(), f.hiddenQc(),
                        f.adaptivePlayer(), f.publicPlayback()),
                new Webrtc(c.webrtc().adaptive(), c.webrtc().layers().stream().map(l -> new Layer(l.name(), l.height())).toList()),
                new Storage(c.storage().endpoint(), c.storage().region(), c.storage().bucket(), c.storage().prefix(),
                        c.storage().pathStyle(), c.storage().accessKeySet(), c.storage().secretKeySet(), c.storage().configured()),
                distribution(c.distribution(), view.cdnCredentials()),
                new Hls(c.hls().segmentSeconds(), c.hls().listSize()), new Playback(c.playback().privatePlayback()));
    }

    private static Distribution distribution(DistributionConfig d, Map<String, Boolean> credentials) {
        DistributionConfig.Cdn cdn = d.cdn();
        DistributionConfig.P2p p2p = d.p2p();
        return new Distribution(d.mode().wireName(),
                new Cdn(cdn.provider().wireName(), cdn.baseUrl(), cdn.vodBaseUrl(), cdn.signedUrls(), new TreeMap<>(credentials)),
                new P2p(p2p.enabled(), p2p.trackers(), p2p.stun(), p2p.swarmPrefix(), p2p.maxPeers()),
                new Edge(d.edge().maxWebrtcViewers()));
    }
}
