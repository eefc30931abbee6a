package io.streamhub.adapter.web.app;

import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.application.port.in.AppView;
import io.streamhub.domain.app.AppConfig;
import java.util.List;

/** An app's configuration; secrets appear only as {@code …Set} flags, never as values. */
@Serdeable
public record AppConfigDto(String app, Recording recording, Callbacks callbacks, Features features, Webrtc webrtc,
                           Storage storage) {

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
                        c.storage().pathStyle(), c.storage().accessKeySet(), c.storage().secretKeySet(), c.storage().configured()));
    }
}
