package io.streamhub.domain.vod;

import io.streamhub.domain.error.ConflictException;
import java.time.Instant;
import java.util.Optional;

/**
 * A recording of a room and the video it becomes. Lifecycle: {@code recording} (the egress runs)
 * → {@code uploading} (the file is on local disk, an upload job owns it) → {@code ready} (the
 * object is verified in the app's bucket) or {@code failed} (with a reason). A failed VOD whose
 * local file still exists may still become ready: its upload keeps being retried. Transitions that
 * a repeated or late webhook would cause are no-ops ({@code Optional.empty()}), never errors.
 *
 * @param id 0 until stored
 */
public record Vod(long id, String egressId, String room, Optional<String> streamId, VodStatus status,
                  Optional<String> localPath, Optional<String> fileKey, Optional<String> snapshotKey,
                  Optional<Long> sizeBytes, Optional<VodMedia> media, Instant startedAt, Optional<Instant> endedAt,
                  Optional<String> failure) {

    /**
     * Seconds this recording counts against the recording-minutes quota: the file's measured duration
     * once known, else the time it has been (or was) recording.
     */
    public long recordedSeconds(Instant now) {
        if (media.isPresent()) {
            return (long) Math.ceil(media.get().durationS());
        }
        Instant end = endedAt.orElse(now);
        return Math.max(0, java.time.Duration.between(startedAt, end).toSeconds());
    }

    public Vod {
        if (egressId == null || egressId.isBlank()) {
            throw new IllegalArgumentException("a VOD needs its egress id");
        }
        if (room == null || room.isBlank()) {
            throw new IllegalArgumentException("a VOD needs its room");
        }
    }

    /** A recording that has just started. */
    public static Vod recording(long id, String egressId, String room, Optional<String> streamId, Instant startedAt) {
        return new Vod(id, egressId, room, streamId, VodStatus.RECORDING, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), startedAt, Optional.empty(), Optional.empty());
    }

    public Vod withId(long newId) {
        return new Vod(newId, egressId, room, streamId, status, localPath, fileKey, snapshotKey, sizeBytes, media, startedAt,
                endedAt, failure);
    }

    /** The egress wrote its file: upload it. Only a recording moves; anything else has already moved on. */
    public Optional<Vod> recorded(String file, Instant at) {
        if (status != VodStatus.RECORDING) {
            return Optional.empty();
        }
        return Optional.of(new Vod(id, egressId, room, streamId, VodStatus.UPLOADING, Optional.of(file), fileKey, snapshotKey,
                sizeBytes, media, startedAt, Optional.of(at), Optional.empty()));
    }

    /** The recording or its upload failed. A ready or already failed VOD stays as it is. */
    public Optional<Vod> failed(String reason, Instant at) {
        if (status == VodStatus.READY || status == VodStatus.FAILED) {
            return Optional.empty();
        }
        return Optional.of(new Vod(id, egressId, room, streamId, VodStatus.FAILED, localPath, fileKey, snapshotKey, sizeBytes,
                media, startedAt, Optional.of(endedAt.orElse(at)), Optional.of(reason)));
    }

    /** The object is verified in the bucket. Only an uploading VOD, or a failed one that kept its file, gets there. */
    public Vod uploaded(String key, Optional<String> snapshot, long size, VodMedia probed) {
        if (!(status == VodStatus.UPLOADING || canRetryUpload())) {
            throw new ConflictException("status", "VOD " + id + " is " + status.key() + ": it has no upload to finish");
        }
        return new Vod(id, egressId, room, streamId, VodStatus.READY, localPath, Optional.of(key), snapshot, Optional.of(size),
                Optional.of(probed), startedAt, endedAt, Optional.empty());
    }

    /** Whether a failed VOD still has a local file an upload can be retried from. */
    public boolean canRetryUpload() {
        return status == VodStatus.FAILED && localPath.isPresent();
    }

    /**
     * Whether reconciliation should upload this VOD again: it failed only because its upload kept
     * failing, and it kept its local file. A missing or unreadable file, or a failed egress, never is.
     * While that upload is retried the VOD stays failed (reported once), until {@link #uploaded} makes it ready.
     */
    public boolean awaitsUploadRetry() {
        return canRetryUpload() && failure.map(VodFailure::isUploadFailure).orElse(false);
    }

    /**
     * Its upload can never succeed ({@code reason}: the local file is missing or unreadable). Unlike
     * {@link #failed}, this also applies to a VOD that failed awaiting an upload retry, so the new reason
     * replaces the old one once and it is never retried again. Empty when ready or already failed for good.
     */
    public Optional<Vod> failedForGood(String reason, Instant at) {
        if (status == VodStatus.READY || (status == VodStatus.FAILED && !awaitsUploadRetry())) {
            return Optional.empty();
        }
        return Optional.of(new Vod(id, egressId, room, streamId, VodStatus.FAILED, localPath, fileKey, snapshotKey, sizeBytes,
                media, startedAt, Optional.of(endedAt.orElse(at)), Optional.of(reason)));
    }

    /**
     * The object of a ready VOD vanished from the bucket (or no longer has the VOD's size). With its
     * local file still on disk ({@code localFileExists}) it is uploaded again (uploading); without, it
     * fails with {@link VodFailure#OBJECT_MISSING}, keeping its keys so a delete still cleans the bucket.
     * Empty unless ready.
     */
    public Optional<Vod> objectMissing(boolean localFileExists, Instant at) {
        if (status != VodStatus.READY) {
            return Optional.empty();
        }
        if (localFileExists && localPath.isPresent()) {
            return Optional.of(new Vod(id, egressId, room, streamId, VodStatus.UPLOADING, localPath, fileKey, snapshotKey, sizeBytes,
                    media, startedAt, endedAt, Optional.empty()));
        }
        return Optional.of(new Vod(id, egressId, room, streamId, VodStatus.FAILED, Optional.empty(), fileKey, snapshotKey,
                sizeBytes, media, startedAt, endedAt, Optional.of(VodFailure.OBJECT_MISSING)));
    }

    /** The local file was deleted (after the object was verified). */
    public Vod withoutLocalFile() {
        return new Vod(id, egressId, room, streamId, status, Optional.empty(), fileKey, snapshotKey, sizeBytes, media, startedAt,
                endedAt, failure);
    }
}
