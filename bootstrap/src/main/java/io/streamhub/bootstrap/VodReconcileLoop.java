package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.streamhub.application.port.out.ControlPlaneMetrics.ReconcileAction;
import io.streamhub.application.service.VodReconciliationService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reconciliation thread (docs/recording.md, Reconciliation): one pass at server start, then one
 * every {@code STREAMHUB_RECONCILE_INTERVAL} (default 5 min; {@code 0s} turns it off). A pass that
 * fails is logged and the next one runs on time.
 */
@Singleton
class VodReconcileLoop implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(VodReconcileLoop.class);

    private final VodReconciliationService reconciliation;
    private final Duration interval;
    private volatile Thread thread;

    VodReconcileLoop(VodReconciliationService reconciliation,
                     @Value("${streamhub.recording.reconcile-interval:5m}") Duration interval) {
        this.reconciliation = reconciliation;
        this.interval = interval;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (thread != null || interval.isZero() || interval.isNegative()) {
            return;
        }
        thread = new Thread(this::run, "vod-reconcile");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Map<ReconcileAction, Integer> done = reconciliation.reconcile();
                if (!done.isEmpty()) {
                    LOG.info("event=vods_reconciled {}", done);
                }
            } catch (RuntimeException e) {
                LOG.error("reconciliation pass failed; next pass in {}", interval, e);
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }
}
