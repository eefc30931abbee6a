package io.streamhub.domain.distribution;

import java.util.Locale;

/** How a viewer receives the media: WebRTC from a LiveKit node, or HLS over HTTP (origin or CDN). */
public enum PlaybackProtocol {
    WEBRTC, HLS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
