package io.streamhub.application.port.out;

import io.streamhub.domain.app.AppName;
import java.time.Duration;

/**
 * What the core counts for operators. Plain values only: the adapter behind it (Micrometer,
 * exposed as Prometheus at {@code /metrics}) chooses names and formats. Every label value passed
 * here comes from a small fixed set, so the number of series stays bounded.
 */
public interface ControlPlaneMetrics {
    /** How a call to the media server ended. */
    enum CallResult {
        /** it answered (an empty "not found" answer included) */
        OK,
        /** not configured, unreachable or timed out */
        UNAVAILABLE,
        /** it answered with an error, or the call failed otherwise */
        ERROR
    }

    /** @param op the gateway operation, e.g. {@code createRoom} */
    void mediaServerCall(String op, CallResult result, Duration elapsed);

    /**
     * A media-server webhook arrived.
     *
     * @param event the event's name ({@code room_started}, …) or {@code unknown} when the signature failed
     */
    void mediaEventReceived(String event, boolean validSignature);

    /** The placement policy chose a node ({@code placed}) or refused the room ({@code rejected}). */
    void placementDecided(boolean placed);

    /** A quota refused an action; {@code quota} is its public name ({@code maxApps}, …). */
    void quotaRejected(String quota);

    /** A node went stale ({@code stale}) or recovered. */
    void nodeHealthChanged(boolean stale);

    /** How an upload attempt of a recording ended. */
    enum UploadResult { UPLOADED, RETRY, FAILED }

    /** An upload attempt ended; {@code storageFailed} when the bucket refused or could not be reached. */
    void uploadAttempted(AppName app, UploadResult result, boolean storageFailed);

    /** What a reconciliation pass did to one VOD (docs/recording.md, Reconciliation). */
    enum ReconcileAction {
        /** a VOD left recording (its end webhook lost) followed its egress's end, as the media server reports it */
        EGRESS_ENDED,
        /** a VOD failed by its upload, file kept, was queued for upload again (the bucket answers again) */
        REQUEUED,
        /** a ready VOD's object vanished, its local file was still there: uploaded again */
        REUPLOADED,
        /** a ready VOD's object vanished and no local file is left: failed */
        OBJECT_MISSING,
        /** the local file of a VOD awaiting a retry is gone: failed for good */
        FILE_MISSING,
        /** the local file of a VOD awaiting a retry is not a readable recording: failed for good */
        FILE_UNREADABLE,
        /** reconciling the VOD failed unexpectedly; the pass went on */
        ERROR
    }

    void vodReconciled(AppName app, ReconcileAction action);
}
