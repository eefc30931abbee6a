package io.streamhub.domain.hls;

/**
 * How an app's live HLS is cut: segment length in seconds and how many segments the live playlist
 * keeps. Defaults 4 s / 10 (the reference's hard-coded 4 s segments, now configurable).
 */
public record HlsSettings(int segmentSeconds, int listSize) {
    public static final HlsSettings DEFAULT = new HlsSettings(4, 10);

    public HlsSettings {
        if (segmentSeconds < 1 || segmentSeconds > 30) {
            throw new IllegalArgumentException("hls.segment_seconds must be between 1 and 30");
        }
        if (listSize < 2 || listSize > 100) {
            throw new IllegalArgumentException("hls.list_size must be between 2 and 100");
        }
    }
}
