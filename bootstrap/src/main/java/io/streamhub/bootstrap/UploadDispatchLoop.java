package io.streamhub.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.streamhub.application.service.VodUploadService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one upload thread: from server start it runs due upload jobs (so jobs left by a crash resume
 * at once), then waits for a new job or a second, whichever comes first. One thread keeps uploads
 * of an app in order and bounds the disk and network they use.
 */
@Singleton
class UploadDispatchLoop implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(UploadDispatchLoop.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final VodUploadService uploads;
    private final UploadWakeup wakeup;
    private volatile Thread thread;

    UploadDispatchLoop(VodUploadService uploads, UploadWakeup wakeup) {
        this.uploads = uploads;
        this.wakeup = wakeup;
    }

    @Override
    public synchronized void onApplicationEvent(ServerStartupEvent event) {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "vod-upload");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (uploads.runDue() == 0) {
                    wakeup.await(POLL);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("upload pass failed; next pass in a second", e);
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
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
