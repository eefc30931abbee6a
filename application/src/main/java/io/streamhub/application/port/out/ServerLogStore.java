package io.streamhub.application.port.out;

import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import java.time.Instant;
import java.util.List;

/** The {@code server_logs} store: important log lines, appended in batches, read back by search, pruned by age and count. */
public interface ServerLogStore {
    void append(List<ServerLogEntry> entries);

    /** Matching lines, newest first, paged by the search's limit and offset. */
    List<ServerLogEntry> find(ServerLogSearch search);

    /** How many lines match, ignoring limit and offset. */
    long count(ServerLogSearch search);

    /** Removes lines older than {@code cutoff}; @return how many */
    int deleteOlderThan(Instant cutoff);

    /** Removes the oldest lines beyond the newest {@code keep}; @return how many */
    int keepNewest(long keep);
}
