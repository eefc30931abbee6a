package io.streamhub.domain.quota;

/** The five metrics a tenant is limited on; {@link #key()} is the quota's public name. */
public enum QuotaMetric {
    APPS("maxApps", "apps"),
    CONCURRENT_STREAMS("maxConcurrentStreams", "concurrentStreams"),
    RECORDING_MINUTES_MONTH("maxRecordingMinutesMonth", "recordingMinutesMonth"),
    EGRESS_GB_MONTH("maxEgressGbMonth", "egressGbMonth"),
    STORAGE_GB("maxStorageGb", "storageGb");

    private final String key;
    private final String usageKey;

    QuotaMetric(String key, String usageKey) {
        this.key = key;
        this.usageKey = usageKey;
    }

    public String key() {
        return key;
    }

    public String usageKey() {
        return usageKey;
    }
}
