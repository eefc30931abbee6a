package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.MediaProbe;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.vod.UploadBackoff;
import io.streamhub.domain.vod.UploadJob;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodFailure;
import io.streamhub.domain.vod.VodMedia;
import io.streamhub.domain.vod.VodStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Runs due upload jobs: ffprobe the local file, grab a snapshot, upload both to the app's bucket,
 * HEAD the object and compare its size, then mark the VOD {@code ready} ({@code vod_ready}) and
 * delete the local file. A job is deleted only in the transaction that makes its VOD ready or
 * failed, so a crash at any point leaves it due again: the retry overwrites the same key (exactly one
 * object). Store failures are retried with {@link UploadBackoff}; when the retries are exhausted the
 * VOD fails with its file kept, for {@link VodReconciliationService} to queue again; a missing or corrupt
 * file fails the VOD at once with the reason (no crash loop, nothing deleted).
 */
public final class VodUploadService {
    private static final System.Logger LOG = System.getLogger(VodUploadService.class.getName());

    private final AppRepository apps;
    private final VodRepository vods;
    private final UploadJobQueue jobs;
    private final AppBuckets buckets;
    private final ObjectStorage storage;
    private final MediaProbe probe;
    private final RecordingFiles files;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final UploadBackoff backoff;
    private final ControlPlaneMetrics metrics;
    private final Clock clock;

    public VodUploadService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets, ObjectStorage storage,
                            MediaProbe probe, RecordingFiles files, AppTransactions transactions, CallbackPublisher callbacks,
                            UploadBackoff backoff, ControlPlaneMetrics metrics, Clock clock) {
        this.apps = apps;
        this.vods = vods;
        this.jobs = jobs;
        this.buckets = buckets;
        this.storage = storage;
        this.probe = probe;
        this.files = files;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Runs every job that is due now, app by app; returns how many ran. */
    public int runDue() {
        int ran = 0;
        for (App app : apps.findAll()) {
            for (UploadJob job : jobs.due(app.name(), clock.instant(), 20)) {
                try {
                    attempt(app.name(), job);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "upload job of VOD " + job.vodId() + " of app " + app.name() + " failed", e);
                    retryLater(app.name(), job, "internal error: " + e.getClass().getSimpleName());
                }
                ran++;
            }
        }
        return ran;
    }

    void attempt(AppName app, UploadJob job) {
        Optional<Vod> found = vods.find(app, job.vodId());
        if (found.isEmpty() || found.get().status() == VodStatus.READY || found.get().localPath().isEmpty()) {
            transactions.inApp(app, () -> jobs.delete(app, job.vodId()));
            return;
        }
        Vod vod = found.get();
        Path local = Path.of(vod.localPath().get());
        if (!Files.isRegularFile(local)) {
            failForGood(app, job, vod.withoutLocalFile(), VodFailure.FILE_MISSING, local.toString());
            return;
        }
        VodMedia media;
        try {
            media = probe.probe(local);
        } catch (MediaProbe.UnreadableMedia e) {
            failForGood(app, job, vod, VodFailure.FILE_UNREADABLE, e.getMessage());
            return;
        }
        Optional<AppBuckets.Bucket> bucket = buckets.of(app);
        if (bucket.isEmpty()) {
            retryLater(app, job, "storage is not configured");
            return;
        }
        String base = baseName(local);
        String key = fileKey(bucket.get(), vod.id(), local);
        String snapshotKey = bucket.get().settings().key("vods/" + vod.id() + "/" + base + ".jpg");
        Path jpeg = files.scratch(app, "vod-" + vod.id() + ".jpg");
        try {
            boolean snapshot = probe.snapshot(local, jpeg);
            long size = Files.size(local);
            storage.put(bucket.get().access(), key, local, contentType(local));
            long stored = storage.head(bucket.get().access(), key).map(ObjectStorage.StoredObject::sizeBytes).orElse(-1L);
            if (stored != size) {
                retryLater(app, job, "verification failed: the bucket holds " + stored + " bytes, the file has " + size, true);
                return;
            }
            if (snapshot) {
                storage.put(bucket.get().access(), snapshotKey, jpeg, "image/jpeg");
            }
            Vod ready = vod.uploaded(key, snapshot ? Optional.of(snapshotKey) : Optional.empty(), size, media);
            transactions.inApp(app, () -> {
                vods.save(app, ready);
                jobs.delete(app, job.vodId());
                callbacks.publish(app, EventNames.VOD_READY, Optional.of(ready.room()), VodPayload.ready(app, ready));
            });
            metrics.uploadAttempted(app, ControlPlaneMetrics.UploadResult.UPLOADED, false);
            // only now, the object verified and the VOD committed as ready, is the local copy dropped
            Files.deleteIfExists(local);
            transactions.inApp(app, () -> vods.save(app, ready.withoutLocalFile()));
        } catch (ObjectStorage.StorageFailure e) {
            retryLater(app, job, e.getMessage(), true);
        } catch (IOException e) {
            retryLater(app, job, "local file: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(jpeg);
            } catch (IOException ignored) {
                // scratch
            }
        }
    }

    private void retryLater(AppName app, UploadJob job, String error) {
        retryLater(app, job, error, false);
    }

    /**
     * One more failed attempt. After the configured attempts the retries are exhausted: the job ends
     * and the VOD is reported failed with its file kept; reconciliation queues it again once the
     * bucket answers ({@link VodReconciliationService}).
     */
    private void retryLater(AppName app, UploadJob job, String error, boolean storageFailed) {
        metrics.uploadAttempted(app, ControlPlaneMetrics.UploadResult.RETRY, storageFailed);
        UploadJob next = job.failedAttempt(error, clock.instant(), backoff);
        transactions.inApp(app, () -> {
            if (!backoff.givesUpOnTheVod(next)) {
                jobs.save(app, next);
                return;
            }
            jobs.delete(app, job.vodId());
            vods.find(app, job.vodId()).flatMap(vod -> vod.failed(VodFailure.uploadFailed(error), clock.instant())).ifPresent(failed -> {
                vods.save(app, failed);
                callbacks.publish(app, EventNames.RECORDING_FAILED, Optional.of(failed.room()),
                        VodPayload.failed(app, failed, error));
            });
        });
    }

    /** Where the file of VOD {@code vodId} rests in the app's bucket: {@code <prefix>/vods/<id>/<file name>}. */
    static String fileKey(AppBuckets.Bucket bucket, long vodId, Path local) {
        return bucket.settings().key("vods/" + vodId + "/" + local.getFileName());
    }

    private void failForGood(AppName app, UploadJob job, Vod vod, String reason, String detail) {
        metrics.uploadAttempted(app, ControlPlaneMetrics.UploadResult.FAILED, false);
        transactions.inApp(app, () -> {
            jobs.delete(app, job.vodId());
            Vod failed = vod.failedForGood(reason, clock.instant()).orElse(vod);
            vods.save(app, failed);
            if (failed != vod) {
                callbacks.publish(app, EventNames.RECORDING_FAILED, Optional.of(failed.room()), VodPayload.failed(app, failed, detail));
            }
        });
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".mp4")) {
            return "video/mp4";
        }
        if (name.endsWith(".webm")) {
            return "video/webm";
        }
        if (name.endsWith(".ogg")) {
            return "audio/ogg";
        }
        return "application/octet-stream";
    }
}
