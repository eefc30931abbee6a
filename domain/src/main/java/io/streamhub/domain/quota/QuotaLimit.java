package io.streamhub.domain.quota;

import io.streamhub.domain.error.InvalidInputException;

/** A limit: a non-negative count, or {@code -1} for unlimited. */
public record QuotaLimit(long value) {
    public static final QuotaLimit UNLIMITED = new QuotaLimit(-1);

    public QuotaLimit {
        if (value < -1) {
            throw new InvalidInputException("limit", "a quota is -1 (unlimited) or a non-negative number");
        }
    }

    public boolean isUnlimited() {
        return value == -1;
    }

    /** True when {@code used + requested} stays within the limit. */
    public boolean admits(long used, long requested) {
        return isUnlimited() || Math.addExact(used, requested) <= value;
    }
}
