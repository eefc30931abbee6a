package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.DistributionMode;
import io.streamhub.domain.distribution.PlaybackProtocol;
import io.streamhub.domain.distribution.ViewerRole;
import java.util.List;
import java.util.Optional;

/** Driving ports of the viewer router, the players' stats, the tracker's allow-list and CDN purges. */
public final class PlaybackUseCases {
    private PlaybackUseCases() {
    }

    /**
     * One viewer asks how to play a room.
     *
     * @param originBaseUrl the public base URL of this server (for origin HLS), without a trailing slash
     * @param anonymous     the caller presented no credentials (public playback); it may not be interactive
     */
    public record PlanPlaybackQuery(AppName app, String room, ViewerRole role, Optional<String> region, Optional<String> identity,
                                    String originBaseUrl, boolean anonymous) {
    }

    /** WebRTC through a node: a subscribe-only token and the node's URL (empty: the default LiveKit URL). */
    public record WebrtcAccess(String token, Optional<String> nodeUrl, Optional<String> nodeId) {
    }

    public record HlsAccess(String url, String provider) {
    }

    public record P2pAccess(List<String> trackers, String swarmId, List<String> stun, int maxPeers) {
    }

    /** A playback plan ready for the player; exactly one of {@code webrtc}/{@code hls} is present. */
    public record PlaybackView(String app, String room, DistributionMode mode, PlaybackProtocol protocol, String reason, boolean live,
                               Optional<WebrtcAccess> webrtc, Optional<HlsAccess> hls, Optional<P2pAccess> p2p) {
    }

    public interface PlanPlaybackUseCase {
        /**
         * Not found for an unknown app or room; unavailable ({@code audience_full}, {@code no_capacity})
         * when the room cannot take this viewer now.
         */
        PlaybackView plan(PlanPlaybackQuery query);
    }

    public interface PlaybackAccessUseCase {
        /** Whether anyone may ask for plans and post stats: {@code features.publicPlayback} and not {@code playback.private}. */
        boolean publiclyPlayable(AppName app);
    }

    /** Cumulative byte counters of one viewer since it started playing. */
    public record PlaybackStatsCommand(AppName app, String room, String viewerId, long p2pBytes, long httpBytes) {
    }

    public interface RecordPlaybackStatsUseCase {
        void record(PlaybackStatsCommand command);
    }

    public interface LiveSwarmsUseCase {
        /** {@code <swarmPrefix>/<app>/<room>} of every live room of the apps with P2P switched on. */
        List<String> liveSwarms();
    }

    public record PurgeResult(String provider, int paths) {
    }

    public interface PurgeCdnUseCase {
        /** Conflict when the app has no CDN provider; upstream failure when the provider refuses. */
        PurgeResult purge(AppName app, List<String> paths);
    }
}
