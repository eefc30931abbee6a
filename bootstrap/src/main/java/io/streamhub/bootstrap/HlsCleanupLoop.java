package io.streamhub.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.streamhub.application.service.HlsService;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every {@code STREAMHUB_HLS_SWEEP_INTERVAL} (30 s): removes live HLS directories whose room ended more than the grace period ago. */
@Singleton
class HlsCleanupLoop {
    private static final Logger LOG = LoggerFactory.getLogger(HlsCleanupLoop.class);
    private final HlsService hls;

    HlsCleanupLoop(HlsService hls) {
        this.hls = hls;
    }

    @Scheduled(fixedDelay = "${streamhub.hls.sweep-interval:30s}", initialDelay = "${streamhub.hls.sweep-interval:30s}")
    void sweep() {
        try {
            int removed = hls.removeEnded();
            if (removed > 0) {
                LOG.info("event=hls_cleaned directories={}", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("live HLS cleanup failed", e);
        }
    }
}
