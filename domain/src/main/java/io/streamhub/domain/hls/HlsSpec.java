package io.streamhub.domain.hls;

/**
 * What to ask the media server for: the room composed with {@code layout} and cut into live HLS in
 * {@code directory} (playlist {@code index.m3u8}, segments {@code segment_NNNNN.ts}).
 */
public record HlsSpec(String room, String layout, String directory, io.streamhub.domain.app.AppConfig.Hls settings) {
    public static final String PLAYLIST = "index.m3u8";
    public static final String SEGMENT_PREFIX = "segment_";

    public HlsSpec {
        if (room == null || room.isBlank() || directory == null || directory.isBlank() || settings == null) {
            throw new IllegalArgumentException("live HLS needs a room, a directory and settings");
        }
    }

    public String playlistPath() {
        return directory.endsWith("/") ? directory + PLAYLIST : directory + "/" + PLAYLIST;
    }

    public String segmentPrefix() {
        return directory.endsWith("/") ? directory + SEGMENT_PREFIX : directory + "/" + SEGMENT_PREFIX;
    }
}
