package io.streamhub.adapter.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.streamhub.application.port.in.OperationsUseCases;
import io.streamhub.application.port.out.CallbackMetrics;
import io.streamhub.application.port.out.ControlPlaneMetrics;
import io.streamhub.domain.app.AppName;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The core's counters as Micrometer meters. Micrometer's Prometheus naming turns
 * {@code streamhub.placement.decisions} into {@code streamhub_placement_decisions_total} and a
 * timer into {@code …_seconds_count|_sum|_bucket|_max}; docs/observability.md lists the results.
 */
@Singleton
public class MicrometerControlPlaneMetrics implements ControlPlaneMetrics, CallbackMetrics {
    /** Latency buckets shared by HTTP and LiveKit timers (catalog section 13). */
    static final Duration[] BUCKETS = {
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
        Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final MultiGauge apps;
    private final MultiGauge activeStreams;
    private final MultiGauge nodes;
    private final MultiGauge heartbeatAge;
    private final MultiGauge callbacksPending;
    private final MultiGauge viewers;
    private final MultiGauge uploadJobs;
    private final MultiGauge callbacksOldest;

    public MicrometerControlPlaneMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.apps = MultiGauge.builder("streamhub.apps").description("Apps in the global store, by tenant").register(registry);
        this.activeStreams = MultiGauge.builder("streamhub.active.streams")
                .description("Streams marked active in each app's database").register(registry);
        this.nodes = MultiGauge.builder("streamhub.cluster.nodes")
                .description("Registered media nodes by status; stale = not seen within the staleness threshold").register(registry);
        this.heartbeatAge = MultiGauge.builder("streamhub.cluster.node.heartbeat.age").baseUnit("seconds")
                .description("Seconds since each node's last heartbeat").register(registry);
        this.viewers = MultiGauge.builder("streamhub.viewers")
                .description("Participants not publishing in each app's rooms, as LiveKit counts them; absent while LiveKit is unreachable")
                .register(registry);
        this.uploadJobs = MultiGauge.builder("streamhub.upload.jobs.pending")
                .description("Recordings waiting to reach their app's bucket (first attempts and retries), by app").register(registry);
        this.callbacksPending = MultiGauge.builder("streamhub.callbacks.pending")
                .description("Undelivered callback deliveries (first attempts and retries) by app").register(registry);
        this.callbacksOldest = MultiGauge.builder("streamhub.callbacks.oldest.pending.age").baseUnit("seconds")
                .description("Age of each app's oldest undelivered callback, 0 when none").register(registry);
    }

    @Override
    public void mediaServerCall(String op, CallResult result, Duration elapsed) {
        Timer.builder("streamhub.livekit.request.duration")
                .description("Calls from the core to LiveKit's API, by operation and result (ok, unavailable, error)")
                .tags("op", op, "result", result.name().toLowerCase(Locale.ROOT))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(elapsed);
    }

    @Override
    public void mediaEventReceived(String event, boolean validSignature) {
        Counter.builder("streamhub.livekit.webhooks")
                .description("Inbound LiveKit webhooks by event and signature result (valid, invalid)")
                .tags("event", event, "result", validSignature ? "valid" : "invalid")
                .register(registry)
                .increment();
    }

    @Override
    public void placementDecided(boolean placed) {
        Counter.builder("streamhub.placement.decisions")
                .description("Placement policy decisions for new rooms (placed, rejected)")
                .tag("result", placed ? "placed" : "rejected")
                .register(registry)
                .increment();
    }

    @Override
    public void quotaRejected(String quota) {
        Counter.builder("streamhub.quota.rejections")
                .description("Actions refused by a tenant quota, by quota")
                .tag("quota", quota)
                .register(registry)
                .increment();
    }

    @Override
    public void nodeHealthChanged(boolean stale) {
        Counter.builder("streamhub.cluster.node.health.transitions")
                .description("Nodes that went stale or recovered, as the health watcher saw them")
                .tag("change", stale ? "stale" : "recovered")
                .register(registry)
                .increment();
    }

    @Override
    public void uploadAttempted(AppName app, UploadResult result, boolean storageFailed) {
        Counter.builder("streamhub.uploads")
                .description("Recording upload attempts by app and result (uploaded, retry, failed)")
                .tags("app", app.value(), "result", result.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
        if (storageFailed) {
            Counter.builder("streamhub.s3.failures")
                    .description("Upload attempts the app's bucket refused or could not be reached for, by app")
                    .tag("app", app.value())
                    .register(registry)
                    .increment();
        }
    }

    @Override
    public void vodReconciled(AppName app, ReconcileAction action) {
        Counter.builder("streamhub.vod.reconciled")
                .description("VODs a reconciliation pass changed, by app and action (requeued, reuploaded, object_missing,"
                        + " file_missing, file_unreadable, error)")
                .tags("app", app.value(), "action", action.name().toLowerCase(Locale.ROOT))
                .register(registry)
                .increment();
    }

    @Override
    public void delivered(AppName app, String event, Duration sinceEvent) {
        callbacks(app, event, "delivered");
        Timer.builder("streamhub.callbacks.delivery.latency")
                .description("From an event's timestamp to its receiver's 2xx, by app")
                .tag("app", app.value())
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(sinceEvent);
    }

    @Override
    public void failed(AppName app, String event, boolean deadLetter) {
        callbacks(app, event, deadLetter ? "dead" : "failed");
    }

    @Override
    public void dropped(AppName app, String event) {
        callbacks(app, event, "dropped");
    }

    /** result: delivered, failed (an attempt that will be retried), dead (given up) or dropped (no endpoint takes it). */
    private void callbacks(AppName app, String event, String result) {
        Counter.builder("streamhub.callbacks")
                .description("Outbound callback outcomes by app, event and result (delivered, failed, dead, dropped)")
                .tags("app", app.value(), "event", event, "result", result)
                .register(registry)
                .increment();
    }

    /** Replaces every gauge's series with the readings taken now; series of deleted apps or nodes disappear. */
    void refresh(OperationsUseCases.GaugesView gauges) {
        apps.register(rows(gauges.appsPerTenant(), "tenant", Long::doubleValue), true);
        activeStreams.register(rows(gauges.liveStreamsPerApp(), "app", Long::doubleValue), true);
        nodes.register(rows(gauges.nodesByStatus(), "status", Long::doubleValue), true);
        heartbeatAge.register(rows(gauges.heartbeatAgeSeconds(), "node", Double::doubleValue), true);
        callbacksPending.register(rows(gauges.callbacksPending(), "app", Long::doubleValue), true);
        viewers.register(rows(gauges.viewersPerApp(), "app", Long::doubleValue), true);
        uploadJobs.register(rows(gauges.uploadJobsPending(), "app", Long::doubleValue), true);
        callbacksOldest.register(rows(gauges.callbacksOldestPendingSeconds(), "app", Double::doubleValue), true);
    }

    private static <V> java.util.List<MultiGauge.Row<?>> rows(Map<String, V> values, String label, Function<V, Double> number) {
        return values.entrySet().stream()
                .<MultiGauge.Row<?>>map(e -> MultiGauge.Row.of(Tags.of(label, e.getKey()), number.apply(e.getValue())))
                .toList();
    }
}
