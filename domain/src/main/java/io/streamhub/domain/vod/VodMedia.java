package io.streamhub.domain.vod;

/** What ffprobe found in a recording: duration in seconds, frame size and container format. */
public record VodMedia(double durationS, int width, int height, String format) {
    public VodMedia {
        if (durationS < 0 || width < 0 || height < 0) {
            throw new IllegalArgumentException("media values cannot be negative");
        }
        format = format == null ? "" : format;
    }
}
