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

    private final Duration interval;
    private final ServiceThread thread;

    VodReconcileLoop(VodReconciliationService reconciliation,
                     @Value("${streamhub.recording.reconcile-interval:5m}") Duration interval) {
        this.interval = interval;
        this.thread = new ServiceThread("vod-reconcile", interval, () -> {
            Map<ReconcileAction, Integer> done = reconciliation.reconcile();
            if (!done.isEmpty()) {
                LOG.info("event=vods_reconciled {}", done);
            }
            Thread.sleep(interval.toMillis());
        });
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!interval.isZero() && !interval.isNegative()) {
            thread.start();
        }
    }

    @PreDestroy
    void stop() {
        thread.stop();
    }
}
