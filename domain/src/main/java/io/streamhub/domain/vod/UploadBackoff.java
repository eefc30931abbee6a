package io.streamhub.domain.vod;

import java.time.Duration;

/**
 * When failed uploads are tried again: {@code first}, doubled per attempt up to {@code ceiling}.
 * After {@code failVodAfter} attempts the retries are exhausted: the VOD is reported failed with its
 * local file kept, and the periodic reconciliation queues it again once the bucket answers, so a bucket
 * that comes back heals the VOD without an operator.
 */
public record UploadBackoff(Duration first, Duration ceiling, int failVodAfter) {
    public UploadBackoff {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0 || failVodAfter < 1) {
            throw new IllegalArgumentException("backoff needs 0 < first <= ceiling and failVodAfter >= 1");
        }
    }

    public Duration delayAfter(int attempts) {
        Duration delay = first;
        for (int i = 1; i < attempts && delay.compareTo(ceiling) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }

    public boolean givesUpOnTheVod(UploadJob job) {
        return job.attempts() >= failVodAfter;
    }
}
