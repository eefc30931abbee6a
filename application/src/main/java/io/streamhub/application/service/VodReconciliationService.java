package io.streamhub.application.service;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.application.port.out.ControlPlaneMetrics.ReconcileAction;
import io.streamhub.application.port.out.MediaProbe;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.event.EgressInfo;
import io.streamhub.domain.vod.UploadJob;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodFailure;
import io.streamhub.domain.vod.VodSearch;
import io.streamhub.domain.vod.VodStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The periodic reconciliation pass over each app's VODs (docs/recording.md, Reconciliation):
 * <ul>
 *   <li>a VOD still {@code recording} whose egress the media server reports ended (its end webhook was
 *       lost) follows it as the webhook would have: uploading with a job, or failed;</li>
 *   <li>a VOD failed by its upload that kept its local file gets an upload job again once the app's bucket
 *       answers (never a second job: the job is keyed by the VOD; never a second object: same key); it stays
 *       failed, reported once, until the upload makes it ready;</li>
 *   <li>its file gone or unreadable → failed for good with that reason, reported once;</li>
 *   <li>a ready VOD whose object vanished (HEAD finds nothing, or another size) is uploaded again from
 *       its local file if one is left, else failed with {@link VodFailure#OBJECT_MISSING}
 *       ({@code recording_failed}).</li>
 * </ul>
 * Work is bounded: at most {@code perApp} VODs of each status per app and pass, the next pass going
 * on where this one stopped. One VOD's error never stops the pass, and an unreachable bucket only
 * ends that app's checks for the pass (a bucket that is down says nothing about its objects). Apps
 * without storage configured are skipped.
 */
public final class VodReconciliationService {
    private static final System.Logger LOG = System.getLogger(VodReconciliationService.class.getName());

    private final AppRepository apps;
    private final VodRepository vods;
    private final UploadJobQueue jobs;
    private final AppBuckets buckets;
    private final ObjectStorage storage;
    private final MediaProbe probe;
    private final MediaServerGateway media;
    private final EgressRecorder egresses;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final ControlPlaneMetrics metrics;
    private final Runnable wakeUploads;
    private final int perApp;
    private final Clock clock;
    private final Map<String, Integer> cursors = new ConcurrentHashMap<>();

    public VodReconciliationService(AppRepository apps, VodRepository vods, UploadJobQueue jobs, AppBuckets buckets,
                                    ObjectStorage storage, MediaProbe probe, MediaServerGateway media, EgressRecorder egresses,
                                    AppTransactions transactions, CallbackPublisher callbacks, ControlPlaneMetrics metrics,
                                    Runnable wakeUploads, int perApp, Clock clock) {
        if (perApp < 1 || perApp > VodSearch.MAX_LIMIT) {
            throw new IllegalArgumentException("perApp must be 1 to " + VodSearch.MAX_LIMIT);
        }
        this.apps = apps;
        this.vods = vods;
        this.jobs = jobs;
        this.buckets = buckets;
        this.storage = storage;
        this.probe = probe;
        this.media = media;
        this.egresses = egresses;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.metrics = metrics;
        this.wakeUploads = wakeUploads;
        this.perApp = perApp;
        this.clock = clock;
    }

    /** One pass over every app; returns what it did, counted by action. */
    public Map<ReconcileAction, Integer> reconcile() {
        Map<ReconcileAction, Integer> done = new EnumMap<>(ReconcileAction.class);
        for (App app : apps.findAll()) {
            if (Thread.currentThread().isInterrupted()) {
                // shutting down: the next start's pass takes over
                return done;
            }
            try {
                reconcile(app.name(), done);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return done;
                }
                LOG.log(System.Logger.Level.ERROR, "reconciliation of the VODs of app " + app.name() + " failed", e);
                count(app.name(), ReconcileAction.ERROR, done);
            }
        }
        return done;
    }

    private void reconcile(AppName app, Map<ReconcileAction, Integer> done) {
        for (Vod vod : page(app, VodStatus.RECORDING)) {
            try {
                followEgress(app, vod, done);
            } catch (UnavailableException | UpstreamException e) {
                LOG.log(System.Logger.Level.INFO, "media server unavailable (" + e.getMessage() + "); recordings of app " + app
                        + " are checked at the next pass");
                break;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "reconciling VOD " + vod.id() + " of app " + app + " failed; the pass goes on", e);
                count(app, ReconcileAction.ERROR, done);
            }
        }
        Optional<AppBuckets.Bucket> bucket = buckets.of(app);
        if (bucket.isEmpty()) {
            // nothing to upload to or check against; the VODs wait for storage to be configured
            return;
        }
        Pass pass = new Pass(app, bucket.get(), done);
        for (Vod vod : page(app, VodStatus.FAILED)) {
            if (vod.awaitsUploadRetry()) {
                guarded(pass, vod, () -> retryUpload(pass, vod));
            }
        }
        for (Vod vod : page(app, VodStatus.READY)) {
            if (pass.bucketDown) {
                return;
            }
            guarded(pass, vod, () -> checkObject(pass, vod));
        }
    }

    /** A recording whose egress ended without StreamHub hearing of it follows the egress's end, as the media server reports it. */
    private void followEgress(AppName app, Vod vod, Map<ReconcileAction, Integer> done) {
        Optional<EgressInfo> egress = media.findRecording(vod.egressId()).filter(e -> e.outcome() != EgressInfo.Outcome.RUNNING);
        if (egress.isEmpty()) {
            return;
        }
        boolean moved = transactions.inApp(app, () -> {
            Optional<Vod> fresh = vods.find(app, vod.id()).filter(f -> f.status() == VodStatus.RECORDING);
            fresh.ifPresent(f -> egresses.follow(app, f, egress.get()));
            return fresh.isPresent();
        });
        if (moved) {
            LOG.log(System.Logger.Level.WARNING, "VOD " + vod.id() + " of app " + app + " was still recording; its egress "
                    + vod.egressId() + " is " + egress.get().status() + " (its end webhook was lost)");
            count(app, ReconcileAction.EGRESS_ENDED, done);
        }
    }

    /** A failed upload whose file is still there and readable goes back to the upload queue once the bucket answers. */
    private void retryUpload(Pass pass, Vod vod) {
        if (jobs.find(pass.app, vod.id()).isPresent()) {
            return;
        }
        Path local = Path.of(vod.localPath().orElseThrow());
        if (!Files.isRegularFile(local)) {
            failForGood(pass, vod, VodFailure.FILE_MISSING, local.toString(), ReconcileAction.FILE_MISSING);
            return;
        }
        try {
            probe.probe(local);
        } catch (MediaProbe.UnreadableMedia e) {
            failForGood(pass, vod, VodFailure.FILE_UNREADABLE, e.getMessage(), ReconcileAction.FILE_UNREADABLE);
            return;
        }
        if (!pass.bucketAnswers(VodUploadService.fileKey(pass.bucket, vod.id(), local))) {
            return;
        }
        boolean queued = transactions.inApp(pass.app, () -> {
            // the VOD stays failed (reported once) until the upload lands and makes it ready
            if (vods.find(pass.app, vod.id()).filter(Vod::awaitsUploadRetry).isEmpty() || jobs.find(pass.app, vod.id()).isPresent()) {
                return false;
            }
            jobs.save(pass.app, UploadJob.first(vod.id(), clock.instant()));
            transactions.afterCommit(wakeUploads);
            return true;
        });
        if (queued) {
            count(pass.app, ReconcileAction.REQUEUED, pass.done);
        }
    }

    private void failForGood(Pass pass, Vod vod, String reason, String detail, ReconcileAction action) {
        boolean changed = transactions.inApp(pass.app, () -> {
            Optional<Vod> failed = vods.find(pass.app, vod.id()).flatMap(fresh -> fresh.failedForGood(reason, clock.instant()))
                    .map(f -> VodFailure.FILE_MISSING.equals(reason) ? f.withoutLocalFile() : f);
            failed.ifPresent(f -> {
                jobs.delete(pass.app, f.id());
                vods.save(pass.app, f);
                callbacks.publish(pass.app, EventNames.RECORDING_FAILED, Optional.of(f.room()), VodPayload.failed(pass.app, f, detail));
            });
            return failed.isPresent();
        });
        if (changed) {
            count(pass.app, action, pass.done);
        }
    }

    /** A ready VOD's object must still be in the bucket with the VOD's size. */
    private void checkObject(Pass pass, Vod vod) {
        if (vod.fileKey().isEmpty()) {
            return;
        }
        String key = vod.fileKey().get();
        Optional<ObjectStorage.StoredObject> stored;
        try {
            stored = storage.head(pass.bucket.access(), key);
        } catch (ObjectStorage.StorageFailure e) {
            pass.bucketDown = true;
            return;
        }
        if (stored.isPresent() && vod.sizeBytes().map(size -> size == stored.get().sizeBytes()).orElse(true)) {
            return;
        }
        String detail = stored.map(o -> key + ": the bucket holds " + o.sizeBytes() + " bytes, the VOD has "
                + vod.sizeBytes().orElse(0L)).orElse(key + ": not found in the bucket");
        boolean localFile = vod.localPath().map(Path::of).filter(Files::isRegularFile).isPresent();
        Optional<Vod> changed = transactions.inApp(pass.app, () -> {
            Optional<Vod> fresh = vods.find(pass.app, vod.id()).filter(f -> f.fileKey().equals(vod.fileKey()));
            Optional<Vod> next = fresh.flatMap(f -> f.objectMissing(localFile, clock.instant()));
            next.ifPresent(n -> {
                vods.save(pass.app, n);
                if (n.status() == VodStatus.UPLOADING) {
                    jobs.save(pass.app, UploadJob.first(n.id(), clock.instant()));
                    transactions.afterCommit(wakeUploads);
                } else {
                    callbacks.publish(pass.app, EventNames.RECORDING_FAILED, Optional.of(n.room()), VodPayload.failed(pass.app, n, detail));
                }
            });
            return next;
        });
        changed.ifPresent(n -> {
            LOG.log(System.Logger.Level.WARNING, "VOD " + n.id() + " of app " + pass.app + ": " + detail
                    + (n.status() == VodStatus.UPLOADING ? "; uploading it again from its local file" : "; marked failed"));
            count(pass.app, n.status() == VodStatus.UPLOADING ? ReconcileAction.REUPLOADED : ReconcileAction.OBJECT_MISSING, pass.done);
        });
    }

    /** The next {@code perApp} VODs of {@code status}; the pass after the last page starts over. */
    private List<Vod> page(AppName app, VodStatus status) {
        String cursor = app.value() + "/" + status.key();
        int offset = cursors.getOrDefault(cursor, 0);
        VodRepository.Page page = vods.search(app, new VodSearch(Optional.empty(), Optional.of(status), Optional.empty(),
                Optional.empty(), perApp, offset));
        cursors.put(cursor, page.vods().size() < perApp || offset + perApp >= page.total() ? 0 : offset + perApp);
        return page.vods();
    }

    private void guarded(Pass pass, Vod vod, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "reconciling VOD " + vod.id() + " of app " + pass.app + " failed; the pass goes on", e);
            count(pass.app, ReconcileAction.ERROR, pass.done);
        }
    }

    private void count(AppName app, ReconcileAction action, Map<ReconcileAction, Integer> done) {
        metrics.vodReconciled(app, action);
        done.merge(action, 1, Integer::sum);
    }

    /** One app's share of a pass: whether its bucket answered (asked once). */
    private final class Pass {
        final AppName app;
        final AppBuckets.Bucket bucket;
        final Map<ReconcileAction, Integer> done;
        Boolean answers;
        boolean bucketDown;

        Pass(AppName app, AppBuckets.Bucket bucket, Map<ReconcileAction, Integer> done) {
            this.app = app;
            this.bucket = bucket;
            this.done = done;
        }

        /** Whether the bucket answers a HEAD (an answer without the object counts); asked once per pass. */
        boolean bucketAnswers(String key) {
            if (answers == null) {
                try {
                    storage.head(bucket.access(), key);
                    answers = true;
                } catch (ObjectStorage.StorageFailure e) {
                    LOG.log(System.Logger.Level.INFO, "bucket of app " + app + " does not answer (" + e.getMessage()
                            + "); its failed uploads wait for the next pass");
                    answers = false;
                    bucketDown = true;
                }
            }
            return answers;
        }
    }
}
