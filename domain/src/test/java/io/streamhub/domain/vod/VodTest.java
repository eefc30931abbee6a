package io.streamhub.domain.vod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class VodTest {
    private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
    private static final Vod RECORDING = Vod.recording(7, "EG_1", "live-show", Optional.of("live-show/alice"), T0);
    private static final VodMedia MEDIA = new VodMedia(2.04, 320, 240, "mp4");

    @Test
    void recordedSecondsAreTheMeasuredDurationElseTheTimeSpentRecording() {
        assertEquals(90, RECORDING.recordedSeconds(T0.plusSeconds(90)), "still recording: until now");
        Vod ended = RECORDING.recorded("/data/apps/live/recordings/EG_1.mp4", T0.plusSeconds(60)).orElseThrow();
        assertEquals(60, ended.recordedSeconds(T0.plusSeconds(600)), "ended: until the end");
        assertEquals(3, ended.uploaded("k", Optional.empty(), 1, MEDIA).recordedSeconds(T0.plusSeconds(600)), "measured: 2.04 s counts 3");
    }

    @Nested
    class WhileRecording {
        @Test
        void theEndOfTheEgressStartsTheUpload() {
            Vod uploading = RECORDING.recorded("/data/apps/live/recordings/EG_1.mp4", T0.plusSeconds(60)).orElseThrow();
            assertEquals(VodStatus.UPLOADING, uploading.status());
            assertEquals(Optional.of("/data/apps/live/recordings/EG_1.mp4"), uploading.localPath());
            assertEquals(Optional.of(T0.plusSeconds(60)), uploading.endedAt());
        }

        @Test
        void aFailedEgressFailsTheVodWithTheReason() {
            Vod failed = RECORDING.failed("egress EGRESS_FAILED: out of disk", T0.plusSeconds(5)).orElseThrow();
            assertEquals(VodStatus.FAILED, failed.status());
            assertEquals(Optional.of("egress EGRESS_FAILED: out of disk"), failed.failure());
        }

        @Test
        void itCannotBeReadyWithoutAnUpload() {
            assertThrows(ConflictException.class, () -> RECORDING.uploaded("k", Optional.empty(), 1, MEDIA));
        }
    }

    @Nested
    class WhileUploading {
        private final Vod uploading = RECORDING.recorded("/r/EG_1.mp4", T0.plusSeconds(60)).orElseThrow();

        @Test
        void aRepeatedEndOfEgressChangesNothing() {
            assertEquals(Optional.empty(), uploading.recorded("/r/EG_1.mp4", T0.plusSeconds(61)));
        }

        @Test
        void theVerifiedObjectMakesItReadyWithItsMetadata() {
            Vod ready = uploading.uploaded("vods/7/EG_1.mp4", Optional.of("vods/7/EG_1.jpg"), 1234, MEDIA);
            assertEquals(VodStatus.READY, ready.status());
            assertEquals(Optional.of("vods/7/EG_1.mp4"), ready.fileKey());
            assertEquals(Optional.of(MEDIA), ready.media());
            assertEquals(Optional.of(1234L), ready.sizeBytes());
            assertEquals(Optional.empty(), ready.failure());
        }

        @Test
        void aFailedUploadKeepsTheLocalFile() {
            Vod failed = uploading.failed("bucket unreachable", T0.plusSeconds(70)).orElseThrow();
            assertEquals(VodStatus.FAILED, failed.status());
            assertEquals(Optional.of("/r/EG_1.mp4"), failed.localPath());
            assertTrue(failed.canRetryUpload());
        }
    }

    @Test
    void aFailedVodWithItsFileCanStillBecomeReady() {
        Vod failed = RECORDING.recorded("/r/EG_1.mp4", T0).orElseThrow().failed("bucket down", T0).orElseThrow();
        Vod ready = failed.uploaded("k.mp4", Optional.empty(), 10, MEDIA);
        assertEquals(VodStatus.READY, ready.status());
        assertEquals(Optional.empty(), ready.failure());
    }

    @Test
    void aReadyVodNeitherFailsNorRestarts() {
        Vod ready = RECORDING.recorded("/r/EG_1.mp4", T0).orElseThrow().uploaded("k.mp4", Optional.empty(), 10, MEDIA);
        assertEquals(Optional.empty(), ready.failed("late egress failure", T0));
        assertEquals(Optional.empty(), ready.recorded("/r/EG_1.mp4", T0));
        assertFalse(ready.canRetryUpload());
        assertEquals(Optional.empty(), ready.withoutLocalFile().localPath());
    }

    @Test
    void statusesParseFromTheirNames() {
        assertEquals(VodStatus.UPLOADING, VodStatus.parse("uploading"));
        assertEquals("status", assertThrows(io.streamhub.domain.error.InvalidInputException.class, () -> VodStatus.parse("done")).field());
    }

    @Nested
    class UploadJobs {
        private final UploadBackoff backoff = new UploadBackoff(Duration.ofSeconds(2), Duration.ofMinutes(10), 5);

        @Test
        void eachFailureDoublesTheWaitUpToTheCeiling() {
            UploadJob job = UploadJob.first(7, T0);
            assertEquals(T0, job.nextAttemptAt());
            job = job.failedAttempt("connection refused", T0, backoff);
            assertEquals(1, job.attempts());
            assertEquals(T0.plusSeconds(2), job.nextAttemptAt());
            assertEquals(Optional.of("connection refused"), job.lastError());
            job = job.failedAttempt("again", T0, backoff);
            assertEquals(T0.plusSeconds(4), job.nextAttemptAt());
            for (int i = 0; i < 20; i++) {
                job = job.failedAttempt("still", T0, backoff);
            }
            assertEquals(T0.plus(Duration.ofMinutes(10)), job.nextAttemptAt());
        }

        @Test
        void theVodIsMarkedFailedAfterTheConfiguredAttemptsButTheJobKeepsTrying() {
            UploadJob job = UploadJob.first(7, T0);
            for (int i = 0; i < 4; i++) {
                job = job.failedAttempt("down", T0, backoff);
                assertFalse(backoff.givesUpOnTheVod(job), "attempt " + job.attempts());
            }
            job = job.failedAttempt("down", T0, backoff);
            assertTrue(backoff.givesUpOnTheVod(job));
        }
    }

    @Nested
    class Reconciliation {
        private final Vod uploading = RECORDING.recorded("/r/EG_1.mp4", T0).orElseThrow();
        private final Vod uploadFailed = uploading.failed(VodFailure.uploadFailed("put failed: Connection refused"), T0).orElseThrow();
        private final Vod ready = uploading.uploaded("vods/7/EG_1.mp4", Optional.of("vods/7/EG_1.jpg"), 10, MEDIA).withoutLocalFile();

        @Test
        void aVodWhoseUploadKeptFailingWithItsFileKeptAwaitsARetryAndBecomesReadyWhenItLands() {
            assertTrue(uploadFailed.awaitsUploadRetry());
            assertEquals(Optional.empty(), uploadFailed.failed("again", T0), "a retry that fails again is not reported again");
            Vod ready = uploadFailed.uploaded("k", Optional.empty(), 10, MEDIA);
            assertEquals(VodStatus.READY, ready.status());
            assertEquals(Optional.empty(), ready.failure());
        }

        @Test
        void otherFailuresAndOtherStatusesAreNeverQueuedAgain() {
            Vod egressFailed = RECORDING.failed("egress EGRESS_FAILED", T0).orElseThrow();
            Vod unreadable = uploading.failed(VodFailure.FILE_UNREADABLE, T0).orElseThrow();
            Vod fileGone = uploadFailed.withoutLocalFile();
            for (Vod vod : java.util.List.of(egressFailed, unreadable, fileGone, RECORDING, uploading, ready)) {
                assertFalse(vod.awaitsUploadRetry(), vod.toString());
            }
        }

        @Test
        void aMissingOrUnreadableFileFailsAVodAwaitingARetryForGoodOnce() {
            Vod gone = uploadFailed.withoutLocalFile().failedForGood(VodFailure.FILE_MISSING, T0.plusSeconds(9)).orElse(null);
            assertEquals(null, gone, "without its file the VOD no longer awaits a retry: nothing to restate");
            Vod unreadable = uploadFailed.failedForGood(VodFailure.FILE_UNREADABLE, T0.plusSeconds(9)).orElseThrow();
            assertEquals(VodStatus.FAILED, unreadable.status());
            assertEquals(Optional.of(VodFailure.FILE_UNREADABLE), unreadable.failure());
            assertEquals(Optional.of("/r/EG_1.mp4"), unreadable.localPath(), "kept for inspection");
            assertEquals(Optional.empty(), unreadable.failedForGood(VodFailure.FILE_MISSING, T0), "reported once");
            assertEquals(Optional.empty(), ready.failedForGood(VodFailure.FILE_MISSING, T0));
            assertEquals(VodStatus.FAILED, uploading.failedForGood(VodFailure.FILE_MISSING, T0).orElseThrow().status());
        }

        @Test
        void aReadyVodWhoseObjectVanishedFailsWithTheReasonAndKeepsItsKeys() {
            Vod missing = ready.objectMissing(false, T0).orElseThrow();
            assertEquals(VodStatus.FAILED, missing.status());
            assertEquals(Optional.of(VodFailure.OBJECT_MISSING), missing.failure());
            assertEquals(Optional.of("vods/7/EG_1.mp4"), missing.fileKey());
            assertEquals(Optional.of("vods/7/EG_1.jpg"), missing.snapshotKey());
            assertFalse(missing.awaitsUploadRetry());
            assertEquals(Optional.empty(), missing.objectMissing(false, T0), "only a ready VOD is checked");
        }

        @Test
        void aReadyVodWhoseObjectVanishedButWhoseFileIsStillThereIsUploadedAgain() {
            Vod readyWithFile = uploading.uploaded("vods/7/EG_1.mp4", Optional.empty(), 10, MEDIA);
            Vod again = readyWithFile.objectMissing(true, T0).orElseThrow();
            assertEquals(VodStatus.UPLOADING, again.status());
            assertEquals(Optional.of("/r/EG_1.mp4"), again.localPath());
            assertEquals(VodStatus.FAILED, readyWithFile.objectMissing(false, T0).orElseThrow().status(), "the file is gone after all");
            assertEquals(VodStatus.FAILED, ready.objectMissing(true, T0).orElseThrow().status(), "no path recorded: nothing to upload");
        }
    }
}
