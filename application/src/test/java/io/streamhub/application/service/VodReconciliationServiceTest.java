package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryUploadJobQueue;
import io.streamhub.application.port.out.ControlPlaneMetrics.ReconcileAction;
import io.streamhub.application.port.out.MediaProbe;
import io.streamhub.application.port.out.ObjectStorage;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.UploadBackoff;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodFailure;
import io.streamhub.domain.vod.VodMedia;
import io.streamhub.domain.vod.VodStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VodReconciliationServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final CallbackFixture callbacks = new CallbackFixture(f, true);
    private final InMemoryUploadJobQueue jobs = new InMemoryUploadJobQueue();
    private final FakeBucketStore storage = new FakeBucketStore();
    private final FakeProbe probe = new FakeProbe();
    private final AtomicInteger wakes = new AtomicInteger();
    private final AppBuckets buckets = new AppBuckets(f.workspace, f.secrets);
    private final io.streamhub.application.fakes.FakeMediaServer media = new io.streamhub.application.fakes.FakeMediaServer();
    @TempDir
    Path dir;
    private final RecordingFiles files = new RecordingFiles() {
        @Override
        public Optional<Path> resolve(AppName app, String reported) {
            return Optional.of(dir.resolve(reported));
        }

        @Override
        public Path scratch(AppName app, String name) {
            return dir.resolve("scratch-" + name);
        }

        @Override
        public String egressTarget(AppName app, String room) {
            return dir.resolve(room + "-{time}.mp4").toString();
        }
    };
    private final VodUploadService uploads = new VodUploadService(f.apps, f.vods, jobs, buckets, storage, probe, files,
            Fakes.directAppTransactions(), callbacks.publisher, new UploadBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2), 2),
            f.metrics, f.clock);
    private final VodReconciliationService reconciler = reconciler(100);
    private final AppName studio = withBucket(f.createApp(f.admin, "studio").name());

    private VodReconciliationService reconciler(int perApp) {
        EgressRecorder recorder = new EgressRecorder(f.vods, jobs, files, callbacks.publisher, Fakes.directAppTransactions(),
                wakes::incrementAndGet, f.clock);
        return new VodReconciliationService(f.apps, f.vods, jobs, buckets, storage, probe, media, recorder, Fakes.directAppTransactions(),
                callbacks.publisher, f.metrics, wakes::incrementAndGet, perApp, f.clock);
    }

    private AppName withBucket(AppName app) {
        AppConfig c = f.workspace.readConfig(app);
        f.workspace.configs.put(app, new AppConfig(c.recording(), c.callbacks(), c.features(), c.webrtc(),
                new AppConfig.Storage("http://127.0.0.1:9000", "us-east-1", "vods", "sh/" + app, true, false, false)));
        f.secrets.put(app, AppService.STORAGE_ACCESS_KEY, "ak");
        f.secrets.put(app, AppService.STORAGE_SECRET_KEY, "sk");
        return app;
    }

    /** A VOD whose egress wrote {@code name} (with {@code content}) and whose upload job is queued. */
    private Vod uploading(AppName app, String egress, String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content);
        Vod vod = f.vods.insertIfAbsent(app, Vod.recording(0, egress, app + "-show", Optional.empty(), f.clock.instant())).orElseThrow();
        Vod recorded = vod.recorded(file.toString(), f.clock.instant()).orElseThrow();
        f.vods.save(app, recorded);
        jobs.save(app, io.streamhub.domain.vod.UploadJob.first(vod.id(), f.clock.instant()));
        return recorded;
    }

    /** Runs the upload loop until no job is due, moving the clock past each backoff. */
    private void drainUploads() {
        for (int i = 0; i < 10 && jobs.pending(studio) > 0; i++) {
            uploads.runDue();
            f.clock.advance(Duration.ofSeconds(3));
        }
    }

    private Vod vod(long id) {
        return f.vods.find(studio, id).orElseThrow();
    }

    private List<String> failedEvents() {
        return callbacks.counted("dropped").stream().filter(e -> e.endsWith("recording_failed")).toList();
    }

    @Test
    void aVodFailedWhileTheBucketWasDownIsQueuedAgainOnceTheBucketAnswersAndBecomesReadyWithOneObject() throws IOException {
        Vod vod = uploading(studio, "EG_1", "EG_1.mp4", "video");
        storage.down = true;
        drainUploads();
        Vod failed = vod(vod.id());
        assertEquals(VodStatus.FAILED, failed.status());
        assertTrue(failed.failure().orElseThrow().startsWith("upload failed: put failed"), failed.failure().toString());
        assertTrue(Files.exists(Path.of(failed.localPath().orElseThrow())), "the local file is kept");
        assertEquals(Optional.empty(), jobs.find(studio, vod.id()), "the retries are exhausted: the job ended");
        assertEquals(1, failedEvents().size());

        assertEquals(Map.of(), reconciler.reconcile(), "the bucket still does not answer: nothing is queued");
        assertEquals(VodStatus.FAILED, vod(vod.id()).status());

        storage.down = false;
        assertEquals(Map.of(ReconcileAction.REQUEUED, 1), reconciler.reconcile());
        assertEquals(VodStatus.FAILED, vod(vod.id()).status(), "failed until the upload lands: reported once");
        assertTrue(jobs.find(studio, vod.id()).isPresent());
        assertEquals(1, wakes.get(), "the upload loop is woken");
        assertEquals(Map.of(), reconciler.reconcile(), "a queued VOD is never queued twice");
        assertEquals(1, jobs.pending(studio));

        storage.down = true; // the bucket flaps: the retry fails again, quietly
        drainUploads();
        assertEquals(Optional.empty(), jobs.find(studio, vod.id()));
        assertEquals(1, failedEvents().size(), "a failed VOD is reported once");
        storage.down = false;
        assertEquals(Map.of(ReconcileAction.REQUEUED, 1), reconciler.reconcile());
        drainUploads();
        Vod ready = vod(vod.id());
        assertEquals(VodStatus.READY, ready.status());
        assertEquals(List.of("sh/studio/vods/" + vod.id() + "/EG_1.mp4"), List.copyOf(storage.objects.keySet()), "exactly one object");
        assertFalse(Files.exists(dir.resolve("EG_1.mp4")), "the local file is deleted after verification");
        assertTrue(f.metrics.events.contains("reconciled studio requeued"), f.metrics.events.toString());
        assertEquals(1, failedEvents().size(), "the heal is not reported as another failure");
    }

    @Test
    void aFileGoneOrUnreadableSinceTheFailureFailsTheVodForGoodOnceAndThePassGoesOn() throws IOException {
        Vod gone = uploading(studio, "EG_GONE", "EG_GONE.mp4", "video");
        Vod garbage = uploading(studio, "EG_BAD", "EG_BAD.mp4", "video");
        Vod fine = uploading(studio, "EG_OK", "EG_OK.mp4", "video");
        storage.down = true;
        drainUploads();
        Files.delete(dir.resolve("EG_GONE.mp4"));
        Files.writeString(dir.resolve("EG_BAD.mp4"), "garbage");
        storage.down = false;

        Map<ReconcileAction, Integer> done = reconciler.reconcile();
        assertEquals(Map.of(ReconcileAction.FILE_MISSING, 1, ReconcileAction.FILE_UNREADABLE, 1, ReconcileAction.REQUEUED, 1), done);
        assertEquals(Optional.of(VodFailure.FILE_MISSING), vod(gone.id()).failure());
        assertEquals(Optional.empty(), vod(gone.id()).localPath());
        assertEquals(Optional.of(VodFailure.FILE_UNREADABLE), vod(garbage.id()).failure());
        assertTrue(Files.exists(dir.resolve("EG_BAD.mp4")), "an unreadable file is kept for inspection");
        assertTrue(jobs.find(studio, fine.id()).isPresent(), "queued again");
        assertEquals(3 + 2, failedEvents().size(), "three upload failures, then one report per file problem");

        assertEquals(Map.of(), reconciler.reconcile(), "reported once: never a loop");
        assertEquals(5, failedEvents().size());
    }

    @Test
    void aFailedVodThatStillHasAnUploadJobIsLeftToIt() throws IOException {
        Vod vod = uploading(studio, "EG_1", "EG_1.mp4", "video");
        // a database written before retries could be exhausted: failed, and the job still retrying
        f.vods.save(studio, vod.failed(VodFailure.uploadFailed("put failed"), f.clock.instant()).orElseThrow());
        io.streamhub.domain.vod.UploadJob job = jobs.find(studio, vod.id()).orElseThrow();
        assertEquals(Map.of(), reconciler.reconcile());
        assertEquals(Optional.of(job), jobs.find(studio, vod.id()), "the job is neither replaced nor doubled");
        assertEquals(VodStatus.FAILED, vod(vod.id()).status());
    }

    @Test
    void oneVodsUnexpectedErrorDoesNotStopThePass() throws IOException {
        Vod first = uploading(studio, "EG_A", "EG_A.mp4", "video");
        Vod second = uploading(studio, "EG_B", "EG_B.mp4", "video");
        storage.down = true;
        drainUploads();
        storage.down = false;
        probe.explodeOn = dir.resolve("EG_A.mp4");
        Map<ReconcileAction, Integer> done = reconciler.reconcile();
        assertEquals(Map.of(ReconcileAction.ERROR, 1, ReconcileAction.REQUEUED, 1), done);
        assertEquals(VodStatus.FAILED, vod(first.id()).status());
        assertEquals(Optional.empty(), jobs.find(studio, first.id()));
        assertTrue(jobs.find(studio, second.id()).isPresent());
    }

    @Test
    void aReadyVodWhoseObjectVanishedIsMarkedFailedWithTheReasonAndReported() throws IOException {
        Vod vod = uploading(studio, "EG_1", "EG_1.mp4", "video");
        drainUploads();
        assertEquals(VodStatus.READY, vod(vod.id()).status());
        assertEquals(Map.of(), reconciler.reconcile(), "the object is there: nothing to do");

        storage.objects.remove(vod(vod.id()).fileKey().orElseThrow());
        storage.down = true;
        assertEquals(Map.of(), reconciler.reconcile(), "a bucket that does not answer says nothing about its objects");
        assertEquals(VodStatus.READY, vod(vod.id()).status());

        storage.down = false;
        assertEquals(Map.of(ReconcileAction.OBJECT_MISSING, 1), reconciler.reconcile());
        Vod missing = vod(vod.id());
        assertEquals(VodStatus.FAILED, missing.status());
        assertEquals(Optional.of(VodFailure.OBJECT_MISSING), missing.failure());
        assertEquals(List.of("studio recording_failed"), failedEvents());
        assertEquals(Map.of(), reconciler.reconcile(), "marked once");
        assertTrue(f.metrics.events.contains("reconciled studio object_missing"));
    }

    @Test
    void aReadyVodWhoseObjectShrankOrVanishedWhileItsLocalFileIsLeftIsUploadedAgain() throws IOException {
        Vod vod = uploading(studio, "EG_1", "EG_1.mp4", "video");
        drainUploads();
        Vod ready = vod(vod.id());
        // a crash between "ready" and the local delete leaves the file and its path
        Files.writeString(dir.resolve("EG_1.mp4"), "video");
        f.vods.save(studio, withPath(ready, dir.resolve("EG_1.mp4")));
        storage.objects.put(ready.fileKey().orElseThrow(), 1L);

        assertEquals(Map.of(ReconcileAction.REUPLOADED, 1), reconciler.reconcile());
        assertEquals(VodStatus.UPLOADING, vod(vod.id()).status());
        drainUploads();
        assertEquals(VodStatus.READY, vod(vod.id()).status());
        assertEquals(5L, storage.objects.get(ready.fileKey().orElseThrow()));
        assertEquals(List.of(), failedEvents());
    }

    @Test
    void workIsBoundedPerPassAndTheNextPassGoesOnWhereItStopped() throws IOException {
        VodReconciliationService small = reconciler(2);
        for (int i = 0; i < 5; i++) {
            uploading(studio, "EG_" + i, "EG_" + i + ".mp4", "video");
        }
        drainUploads();
        int heads = storage.heads.get();
        small.reconcile();
        assertEquals(2, storage.heads.get() - heads, "two ready VODs checked per pass");
        small.reconcile();
        small.reconcile();
        assertEquals(5, storage.heads.get() - heads, "the third pass checks the last one and starts over");
        storage.objects.clear();
        int missing = 0;
        for (int pass = 0; pass < 3; pass++) {
            missing += small.reconcile().getOrDefault(ReconcileAction.OBJECT_MISSING, 0);
        }
        assertEquals(5, missing, "every VOD is reached within a few passes");
    }

    @Test
    void appsWithoutStorageAreLeftAlone() throws IOException {
        AppName bare = f.createApp(f.admin, "bare").name();
        Vod vod = f.vods.insertIfAbsent(bare, Vod.recording(0, "EG_X", "bare-show", Optional.empty(), f.clock.instant())).orElseThrow();
        Path file = Files.writeString(dir.resolve("EG_X.mp4"), "video");
        f.vods.save(bare, vod.recorded(file.toString(), f.clock.instant()).orElseThrow()
                .failed(VodFailure.uploadFailed("storage is not configured"), f.clock.instant()).orElseThrow());
        assertEquals(Map.of(), reconciler.reconcile());
        assertEquals(VodStatus.FAILED, f.vods.find(bare, vod.id()).orElseThrow().status());
        assertEquals(0, storage.heads.get());
    }

    @Test
    void aRecordingWhoseEndWebhookWasLostFollowsItsEgressAsTheMediaServerReportsIt() throws IOException {
        Vod complete = f.vods.insertIfAbsent(studio, Vod.recording(0, "EG_DONE", "studio-a", Optional.empty(), f.clock.instant()))
                .orElseThrow();
        Vod crashed = f.vods.insertIfAbsent(studio, Vod.recording(0, "EG_CRASH", "studio-b", Optional.empty(), f.clock.instant()))
                .orElseThrow();
        Vod running = f.vods.insertIfAbsent(studio, Vod.recording(0, "EG_LIVE", "studio-c", Optional.empty(), f.clock.instant()))
                .orElseThrow();
        Vod forgotten = f.vods.insertIfAbsent(studio, Vod.recording(0, "EG_OLD", "studio-d", Optional.empty(), f.clock.instant()))
                .orElseThrow();
        Files.writeString(dir.resolve("studio-a-1.mp4"), "video");
        media.egressStates.put("EG_DONE", new io.streamhub.domain.event.EgressInfo("EG_DONE", "studio-a", "EGRESS_COMPLETE",
                Optional.of("studio-a-1.mp4"), Optional.empty()));
        media.egressStates.put("EG_CRASH", new io.streamhub.domain.event.EgressInfo("EG_CRASH", "studio-b", "EGRESS_FAILED",
                Optional.empty(), Optional.of("pipeline died")));
        media.egressStates.put("EG_LIVE", new io.streamhub.domain.event.EgressInfo("EG_LIVE", "studio-c", "EGRESS_ACTIVE",
                Optional.empty(), Optional.empty()));

        media.down = true;
        assertEquals(Map.of(), reconciler.reconcile(), "a media server that does not answer changes nothing");
        media.down = false;
        assertEquals(Map.of(ReconcileAction.EGRESS_ENDED, 2), reconciler.reconcile());
        assertEquals(VodStatus.UPLOADING, vod(complete.id()).status());
        assertEquals(Optional.of(dir.resolve("studio-a-1.mp4").toString()), vod(complete.id()).localPath());
        assertTrue(jobs.find(studio, complete.id()).isPresent(), "its upload is queued");
        assertEquals(VodStatus.FAILED, vod(crashed.id()).status());
        assertEquals(Optional.of("egress EGRESS_FAILED: pipeline died"), vod(crashed.id()).failure());
        assertEquals(VodStatus.RECORDING, vod(running.id()).status());
        assertEquals(VodStatus.RECORDING, vod(forgotten.id()).status(), "an egress the media server no longer knows tells nothing");
        assertEquals(List.of("studio recording_failed"), failedEvents());

        assertEquals(Map.of(), reconciler.reconcile(), "followed once");
        drainUploads();
        assertEquals(VodStatus.READY, vod(complete.id()).status());
    }

    private static Vod withPath(Vod vod, Path path) {
        return new Vod(vod.id(), vod.egressId(), vod.room(), vod.streamId(), vod.status(), Optional.of(path.toString()), vod.fileKey(),
                vod.snapshotKey(), vod.sizeBytes(), vod.media(), vod.startedAt(), vod.endedAt(), vod.failure());
    }

    /** A bucket in memory: key → size; {@code down} makes every call fail as an unreachable store does. */
    static final class FakeBucketStore implements ObjectStorage {
        final Map<String, Long> objects = new ConcurrentHashMap<>();
        final AtomicInteger heads = new AtomicInteger();
        volatile boolean down;

        private void reachable(String step) {
            if (down) {
                throw new StorageFailure(step + " failed: Unable to execute HTTP request: Connection refused", null);
            }
        }

        @Override
        public StoredObject put(BucketAccess bucket, String key, Path file, String contentType) {
            reachable("put");
            try {
                objects.put(key, Files.size(file));
            } catch (IOException e) {
                throw new StorageFailure("cannot read " + file, e);
            }
            return new StoredObject(key, objects.get(key));
        }

        @Override
        public Optional<StoredObject> head(BucketAccess bucket, String key) {
            heads.incrementAndGet();
            reachable("head");
            return Optional.ofNullable(objects.get(key)).map(size -> new StoredObject(key, size));
        }

        @Override
        public void delete(BucketAccess bucket, String key) {
            reachable("delete");
            objects.remove(key);
        }

        @Override
        public URI presignGet(BucketAccess bucket, String key, Duration ttl) {
            return URI.create("http://127.0.0.1:9000/" + key);
        }
    }

    /** ffprobe on files that say "video"; anything else is unreadable. No snapshot is made. */
    static final class FakeProbe implements MediaProbe {
        volatile Path explodeOn;

        @Override
        public VodMedia probe(Path video) {
            if (video.equals(explodeOn)) {
                throw new IllegalStateException("ffprobe crashed");
            }
            try {
                if (!"video".equals(Files.readString(video))) {
                    throw new UnreadableMedia("ffprobe: Invalid data found when processing input");
                }
            } catch (IOException e) {
                throw new UnreadableMedia(e.getMessage());
            }
            return new VodMedia(2.0, 320, 240, "mp4");
        }

        @Override
        public boolean snapshot(Path video, Path jpeg) {
            return false;
        }
    }
}
