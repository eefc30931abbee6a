package io.streamhub.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.streamhub.application.service.VodUploadService;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The one upload thread: from server start it runs due upload jobs (so jobs left by a crash resume
 * at once), then waits for a new job or a second, whichever comes first. One thread keeps uploads
 * of an app in order and bounds the disk and network they use.
 */
@Singleton
class UploadDispatchLoop implements ApplicationEventListener<ServerStartupEvent> {
    private static final Duration POLL = Duration.ofSeconds(1);

    private final ServiceThread thread;

    UploadDispatchLoop(VodUploadService uploads, UploadWakeup wakeup) {
        this.thread = new ServiceThread("vod-upload", POLL, () -> {
            if (uploads.runDue() == 0) {
                wakeup.await(POLL);
            }
        });
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        thread.start();
    }

    @PreDestroy
    void stop() {
        thread.stop();
    }
}
