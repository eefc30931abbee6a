package io.streamhub.domain.vod;

import java.time.Instant;
import java.util.Optional;

/** A durable order to upload a VOD's local file: how often it was tried, when next, and why it last failed. */
public record UploadJob(long vodId, int attempts, Instant nextAttemptAt, Optional<String> lastError) {

    public static UploadJob first(long vodId, Instant now) {
        return new UploadJob(vodId, 0, now, Optional.empty());
    }

    /** One more failed attempt: the next is scheduled by {@code backoff}. */
    public UploadJob failedAttempt(String error, Instant now, UploadBackoff backoff) {
        int tried = attempts + 1;
        return new UploadJob(vodId, tried, now.plus(backoff.delayAfter(tried)), Optional.of(error));
    }
}
