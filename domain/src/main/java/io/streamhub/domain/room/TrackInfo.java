package io.streamhub.domain.room;

/** A published track as the media server reports it. */
public record TrackInfo(String sid, Kind kind, String source, String name, boolean muted) {
    public enum Kind { AUDIO, VIDEO, DATA, UNKNOWN }
}
