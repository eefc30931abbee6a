package io.streamhub.application.port.out;

import io.streamhub.domain.vod.VodMedia;
import java.nio.file.Path;

/** Reads a recording's metadata and grabs a still frame (ffprobe / ffmpeg). */
public interface MediaProbe {
    /** @throws UnreadableMedia when the file is not a playable recording */
    VodMedia probe(Path video);

    /** Writes a JPEG of the frame at one second (or the first frame of shorter videos); false when none could be made. */
    boolean snapshot(Path video, Path jpeg);

    /** The file is corrupt, empty or not media: retrying will not help. */
    final class UnreadableMedia extends RuntimeException {
        public UnreadableMedia(String message) {
            super(message);
        }
    }
}
