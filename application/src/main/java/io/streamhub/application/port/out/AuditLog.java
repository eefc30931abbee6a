package io.streamhub.application.port.out;

import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditSearch;
import java.util.List;

/** The append-only store of audit entries. There is deliberately no way to change or remove one. */
public interface AuditLog {
    /** @return the entry with the id the store assigned */
    AuditEntry append(AuditEntry entry);

    /** Matching entries, newest first, paged by the search's limit and offset. */
    List<AuditEntry> find(AuditSearch search);

    /** How many entries match, ignoring limit and offset. */
    long count(AuditSearch search);
}
