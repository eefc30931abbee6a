package io.streamhub.domain.event;

import java.util.Locale;
import java.util.Optional;

/**
 * What a media-server event says about an egress (a recording): its status as the server names it
 * ({@code EGRESS_COMPLETE}), the file it wrote, and its error if any.
 */
public record EgressInfo(String egressId, String roomName, String status, Optional<String> file, Optional<String> error) {

    public enum Outcome { RUNNING, COMPLETE, FAILED }

    /** A live HLS egress (its file is the playlist it writes), not a recording. */
    public boolean isLivePlaylist() {
        return file.filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".m3u8")).isPresent();
    }

    /** FAIL/ABORT → failed; COMPLETE, ENDED or LIMIT_REACHED → complete (the file is final); anything else runs. */
    public Outcome outcome() {
        String s = status == null ? "" : status.toUpperCase(Locale.ROOT);
        if (s.contains("FAIL") || s.contains("ABORT")) {
            return Outcome.FAILED;
        }
        if (s.contains("COMPLETE") || s.contains("LIMIT_REACHED") || s.endsWith("ENDED")) {
            return Outcome.COMPLETE;
        }
        return Outcome.RUNNING;
    }
}
