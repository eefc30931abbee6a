package io.streamhub.domain.error;

/** The tenant would go over one of its quotas; {@link #quota()} is the quota's public key, e.g. {@code maxApps}. */
public final class QuotaExceededException extends DomainException {
    private final String quota;
    private final long limit;
    private final long used;

    public QuotaExceededException(String quota, long limit, long used) {
        super("quota_exceeded", "quota " + quota + " exceeded: " + used + " used of " + limit);
        this.quota = quota;
        this.limit = limit;
        this.used = used;
    }

    public String quota() {
        return quota;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }
}
