package io.streamhub.domain.stream;

import io.streamhub.domain.ingress.InputType;
import java.util.Locale;

/** How a stream reaches the media server. */
public enum StreamType {
    WEBRTC, RTMP, RTSP, WHIP, WS_MJPEG;

    public String key() {
        return this == WS_MJPEG ? "ws-mjpeg" : name().toLowerCase(Locale.ROOT);
    }

    public static StreamType of(InputType input) {
        return switch (input) {
            case RTMP -> RTMP;
            case WHIP -> WHIP;
            case URL -> RTSP;
        };
    }

    public static StreamType parse(String key) {
        for (StreamType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown stream type " + key);
    }
}
