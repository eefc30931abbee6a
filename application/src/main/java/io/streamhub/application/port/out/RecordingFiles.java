package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.nio.file.Path;
import java.util.Optional;

/** Recording files on local disk, where the media server's egress writes them. */
public interface RecordingFiles {
    /**
     * The local file an egress reported ({@code reported} as the media server names it), or empty
     * when it lies outside the app's recording directories (it is then never read nor deleted).
     */
    Optional<Path> resolve(AppName app, String reported);

    /** A scratch file for derived media (snapshots), removed by the caller. */
    Path scratch(AppName app, String name);

    /** Where the media server's egress is told to write a recording of {@code room} ({@code {time}} is expanded by the egress). */
    String egressTarget(AppName app, String room);
}
