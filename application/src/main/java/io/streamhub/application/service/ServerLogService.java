package io.streamhub.application.service;

import io.streamhub.application.port.in.ServerLogUseCases.PruneServerLogsUseCase;
import io.streamhub.application.port.in.ServerLogUseCases.RecordServerLogsUseCase;
import io.streamhub.application.port.in.ServerLogUseCases.SearchServerLogsUseCase;
import io.streamhub.application.port.in.ServerLogUseCases.ServerLogPageView;
import io.streamhub.application.port.out.ServerLogStore;
import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Stores, pages and prunes the server log lines. Retention: lines older than {@code keepFor} go
 * ({@link Duration#ZERO} keeps them forever), and only the newest {@code maxRows} stay (0: no cap).
 */
public class ServerLogService implements RecordServerLogsUseCase, SearchServerLogsUseCase, PruneServerLogsUseCase {
    private final ServerLogStore store;
    private final Clock clock;
    private final Duration keepFor;
    private final long maxRows;

    public ServerLogService(ServerLogStore store, Clock clock, Duration keepFor, long maxRows) {
        if (keepFor.isNegative() || maxRows < 0) {
            throw new IllegalArgumentException("log retention must not be negative");
        }
        this.store = store;
        this.clock = clock;
        this.keepFor = keepFor;
        this.maxRows = maxRows;
    }

    @Override
    public void record(List<ServerLogEntry> entries) {
        if (!entries.isEmpty()) {
            store.append(entries);
        }
    }

    @Override
    public ServerLogPageView search(ServerLogSearch search) {
        return new ServerLogPageView(store.find(search), store.count(search));
    }

    @Override
    public int prune() {
        int removed = 0;
        if (!keepFor.isZero()) {
            removed += store.deleteOlderThan(clock.instant().minus(keepFor));
        }
        if (maxRows > 0) {
            removed += store.keepNewest(maxRows);
        }
        return removed;
    }
}
