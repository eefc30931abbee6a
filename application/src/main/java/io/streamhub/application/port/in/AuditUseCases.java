package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditOutcome;
import io.streamhub.domain.audit.AuditSearch;
import java.util.List;
import java.util.Optional;

/** Driving ports of the audit trail: record what a caller did, and let an operator read it back. */
public final class AuditUseCases {
    private AuditUseCases() {
    }

    public interface RecordAuditEntryUseCase {
        /** Appends one entry, stamped now; a user's e-mail is looked up and kept beside their id. */
        void record(RecordAuditCommand command);
    }

    /**
     * @param principal the authenticated caller; empty when nobody authenticated
     * @param targetType resource type ({@code app}, {@code token}, {@code node}, …); {@code targetId} its id when known
     * @param errorCode  the error code answered, empty on success
     */
    public record RecordAuditCommand(Optional<Principal> principal, String action, String targetType, Optional<String> targetId,
                                     Optional<String> app, Optional<String> clientIp, AuditOutcome outcome,
                                     Optional<String> errorCode, String method, String route, int status) {
    }

    public interface SearchAuditUseCase {
        AuditPageView search(AuditSearch search);
    }

    /** One page of entries, newest first, and how many entries match in all. */
    public record AuditPageView(List<AuditEntry> entries, long total) {
        public AuditPageView {
            entries = List.copyOf(entries);
        }
    }
}
