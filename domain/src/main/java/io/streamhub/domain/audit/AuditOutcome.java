package io.streamhub.domain.audit;

import java.util.Locale;

/**
 * How an audited request ended: it took effect, the access gate refused it (401, 403, or the 404 that hides
 * another tenant's resource), or it was let through but failed (bad input, conflict, upstream error, …).
 */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditOutcome parse(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
