package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.UploadJob;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable upload jobs in each app's database (one per VOD); they survive crashes and restarts. */
public interface UploadJobQueue {
    /** Inserts or replaces the job of {@code job.vodId()}. */
    void save(AppName app, UploadJob job);

    Optional<UploadJob> find(AppName app, long vodId);

    void delete(AppName app, long vodId);

    /** Jobs whose next attempt is due at {@code now}, earliest first. */
    List<UploadJob> due(AppName app, Instant now, int limit);

    /** How many jobs the app has (due or waiting for a retry); 0 without a database. */
    long pending(AppName app);
}
