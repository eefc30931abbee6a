package io.streamhub.application.fakes;

import io.streamhub.application.port.out.ControlPlaneMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what the core counted, one line per event ({@code placement placed}, {@code quota maxApps}, …). */
public class RecordingMetrics implements ControlPlaneMetrics {
    public final List<String> events = new ArrayList<>();

    @Override
    public void mediaServerCall(String op, CallResult result, Duration elapsed) {
        events.add("media " + op + " " + result.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void mediaEventReceived(String event, boolean validSignature) {
        events.add("webhook " + event + " " + (validSignature ? "valid" : "invalid"));
    }

    @Override
    public void placementDecided(boolean placed) {
        events.add("placement " + (placed ? "placed" : "rejected"));
    }

    @Override
    public void quotaRejected(String quota) {
        events.add("quota " + quota);
    }

    @Override
    public void uploadAttempted(io.streamhub.domain.app.AppName app, UploadResult result, boolean storageFailed) {
        events.add("upload " + app.value() + " " + result.name().toLowerCase(java.util.Locale.ROOT) + (storageFailed ? " storage" : ""));
    }

    @Override
    public void vodReconciled(io.streamhub.domain.app.AppName app, ReconcileAction action) {
        events.add("reconciled " + app.value() + " " + action.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void nodeHealthChanged(boolean stale) {
        events.add("node " + (stale ? "stale" : "recovered"));
    }
}
