package io.streamhub.application.port.out;

/**
 * What the viewer router and the players' stats count: bytes delivered per source and the share of
 * P2P in it. Labels are app names only (bounded by the number of apps).
 */
public interface PlaybackMetrics {
    /** New bytes the viewers of {@code app} reported since their previous report. */
    void bytesDelivered(String app, long p2pBytes, long httpBytes);

    /** p2p / (p2p + http) over the app's viewers seen in the last five minutes; 0 without traffic. */
    void offloadRatio(String app, double ratio);

    PlaybackMetrics NONE = new PlaybackMetrics() {
        @Override
        public void bytesDelivered(String app, long p2pBytes, long httpBytes) {
        }

        @Override
        public void offloadRatio(String app, double ratio) {
        }
    };
}
