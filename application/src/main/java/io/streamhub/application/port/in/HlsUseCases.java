package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import java.util.Optional;

/** Driving ports for live HLS of an app's streams and for who may play it. */
public final class HlsUseCases {
    private HlsUseCases() {
    }

    /**
     * The live HLS of a stream's room: the egress writing it (empty when none runs), whether a
     * playlist can be played, and its path {@code /hls/<app>/<room directory>/index.m3u8}.
     */
    public record HlsView(String streamId, String room, Optional<String> egressId, boolean active, String playlistPath) {
    }

    public interface StartHlsUseCase {
        /** Idempotent: a running HLS egress of the room is reused. */
        HlsView start(AppName app, String streamId);
    }

    public interface StopHlsUseCase {
        HlsView stop(AppName app, String streamId);
    }

    public interface HlsStatusUseCase {
        HlsView status(AppName app, String streamId);
    }

    public interface HlsPlaybackUseCase {
        /** Whether anyone may fetch the app's live HLS (its {@code features.public_playback}); empty for an unknown app. */
        Optional<Boolean> publicPlayback(AppName app);
    }

    public interface HlsOwnerUseCase {
        /**
         * The HTTP base URL ({@code http://host:port}) of the node that owns the room when it is another
         * node (its egress writes the segments there); empty when this node serves it or nothing is known.
         */
        Optional<String> remoteOwner(AppName app, String roomDirectory);
    }
}
