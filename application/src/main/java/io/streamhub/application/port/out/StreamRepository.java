package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import java.util.List;
import java.util.Optional;

/** An app's streams, kept in the app's own database. */
public interface StreamRepository {
    Optional<Stream> find(AppName app, String streamId);

    /** Active streams, newest first. */
    List<Stream> active(AppName app);

    /** Inserts or replaces the row with the same stream id. */
    void save(AppName app, Stream stream);
}
