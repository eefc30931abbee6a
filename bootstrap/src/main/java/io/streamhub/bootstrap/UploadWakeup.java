package io.streamhub.bootstrap;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the upload loop when a job was committed, so an upload starts at once rather than at the next poll. */
@Singleton
class UploadWakeup implements Runnable {
    private final Semaphore signal = new Semaphore(0);

    @Override
    public void run() {
        signal.release();
    }

    void await(Duration atMost) throws InterruptedException {
        if (signal.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
            signal.drainPermits();
        }
    }
}
