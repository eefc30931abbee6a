package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The live HLS directories of the apps, {@code <DATA_DIR>/apps/<app>/hls/<room directory>/}: where the
 * media server's egress writes a room's playlist and segments, which egress is writing there, and
 * when the room's stream ended (so its segments can be removed after a grace period).
 */
public interface HlsDirectories {
    /** A room directory whose stream ended at {@code endedAt}. */
    record Ended(AppName app, String roomDirectory, Instant endedAt) {
    }

    /** The directory the egress is told to write into (created if missing). */
    String egressDirectory(AppName app, String roomDirectory);

    boolean playlistExists(AppName app, String roomDirectory);

    /** The egress writing this directory now, if any. */
    Optional<String> activeEgress(AppName app, String roomDirectory);

    /** Remembers the egress writing this directory (and clears an earlier end mark). */
    void egressStarted(AppName app, String roomDirectory, String egressId);

    /** Forgets the egress and marks the directory ended at {@code at}. */
    void ended(AppName app, String roomDirectory, Instant at);

    /** Every directory marked ended at or before {@code cutoff}. */
    List<Ended> endedBefore(Instant cutoff);

    /** Removes the directory with its playlist and segments. */
    void delete(AppName app, String roomDirectory);
}
