package io.streamhub.application.port.in;

import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import java.util.List;

/** Driving ports of the stored server logs: record the important lines, read them back, prune them. */
public final class ServerLogUseCases {
    private ServerLogUseCases() {
    }

    public interface RecordServerLogsUseCase {
        /** Stores a batch of lines (already masked). */
        void record(List<ServerLogEntry> entries);
    }

    public interface SearchServerLogsUseCase {
        ServerLogPageView search(ServerLogSearch search);
    }

    public interface PruneServerLogsUseCase {
        /** Applies the retention (age and row cap); @return how many lines were removed */
        int prune();
    }

    /** One page of lines, newest first, and how many lines match in all. */
    public record ServerLogPageView(List<ServerLogEntry> entries, long total) {
        public ServerLogPageView {
            entries = List.copyOf(entries);
        }
    }
}
