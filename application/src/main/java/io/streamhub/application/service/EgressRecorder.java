package io.streamhub.application.service;

import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.event.EgressInfo;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.vod.UploadJob;
import io.streamhub.domain.vod.Vod;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Egress webhooks drive an app's VODs: a started egress becomes a {@code recording} VOD
 * ({@code recording_started}); a complete one moves it to {@code uploading} with a durable upload
 * job; a failed one to {@code failed} ({@code recording_failed}). The VOD is found by its egress id in
 * the app's own database (the app comes from the room), so no other app is ever read. The writes
 * are returned to run in the caller's transaction, with the callbacks they publish.
 */
public final class EgressRecorder {
    private final VodRepository vods;
    private final UploadJobQueue jobs;
    private final RecordingFiles files;
    private final CallbackPublisher callbacks;
    private final AppTransactions transactions;
    private final Runnable wakeUploads;
    private final Clock clock;

    public EgressRecorder(VodRepository vods, UploadJobQueue jobs, RecordingFiles files, CallbackPublisher callbacks,
                          AppTransactions transactions, Runnable wakeUploads, Clock clock) {
        this.transactions = transactions;
        this.vods = vods;
        this.jobs = jobs;
        this.files = files;
        this.callbacks = callbacks;
        this.wakeUploads = wakeUploads;
        this.clock = clock;
    }

    /** The writes {@code event} causes for {@code app}'s VODs (none for non-egress events or repeats). */
    public List<Runnable> changes(AppName app, MediaEvent event) {
        if (event.egress().isEmpty()) {
            return List.of();
        }
        EgressInfo egress = event.egress().get();
        if (egress.isLivePlaylist()) {
            return List.of(); // live HLS, not a recording: HlsService follows it
        }
        String room = event.roomName().orElse(egress.roomName());
        Optional<Vod> known = vods.findByEgress(app, egress.egressId());
        List<Runnable> writes = new ArrayList<>();
        if (known.isEmpty()) {
            // first sight of this egress (started outside StreamHub, or its start event was lost): record it
            writes.add(() -> {
                Optional<Vod> created = vods.insertIfAbsent(app,
                        Vod.recording(0, egress.egressId(), room, Optional.empty(), event.createdAt()));
                // empty: recording/start created it meanwhile (and announced it)
                created.ifPresent(vod -> callbacks.publish(app, EventNames.RECORDING_STARTED, Optional.of(room),
                        VodPayload.started(app, vod)));
                follow(app, created.or(() -> vods.findByEgress(app, egress.egressId())).orElseThrow(), egress);
            });
            return writes;
        }
        writes.add(() -> follow(app, vods.findByEgress(app, egress.egressId()).orElseThrow(), egress));
        return writes;
    }

    /**
     * Moves {@code vod} as the egress's outcome says (a repeat is a no-op); runs inside the caller's
     * transaction. Also used by reconciliation with the egress as the media server reports it now.
     */
    void follow(AppName app, Vod vod, EgressInfo egress) {
        switch (egress.outcome()) {
            case RUNNING -> {
            }
            case FAILED -> vod.failed("egress " + egress.status() + egress.error().map(e -> ": " + e).orElse(""), clock.instant())
                    .ifPresent(failed -> {
                        vods.save(app, failed);
                        callbacks.publish(app, EventNames.RECORDING_FAILED, Optional.of(failed.room()),
                                VodPayload.failed(app, failed, egress.error().orElse(egress.status())));
                    });
            case COMPLETE -> {
                Optional<String> local = egress.file().flatMap(file -> files.resolve(app, file)).map(Object::toString);
                if (local.isEmpty()) {
                    String reason = egress.file().isEmpty() ? "the egress reported no file"
                            : "the egress file is outside the app's recording directories";
                    vod.failed(reason, clock.instant()).ifPresent(failed -> {
                        vods.save(app, failed);
                        callbacks.publish(app, EventNames.RECORDING_FAILED, Optional.of(failed.room()),
                                VodPayload.failed(app, failed, egress.file().orElse("")));
                    });
                    return;
                }
                vod.recorded(local.get(), clock.instant()).ifPresent(uploading -> {
                    vods.save(app, uploading);
                    jobs.save(app, UploadJob.first(uploading.id(), clock.instant()));
                    transactions.afterCommit(wakeUploads);
                });
            }
        }
    }
}
