package io.streamhub.domain.distribution;

/** A room's live audience per protocol, as known when a viewer asks for a plan (the asking viewer not included). */
public record Audience(int webrtcViewers, int hlsViewers) {
    public Audience {
        if (webrtcViewers < 0 || hlsViewers < 0) {
            throw new IllegalArgumentException("an audience is never negative");
        }
    }

    public static Audience empty() {
        return new Audience(0, 0);
    }
}
