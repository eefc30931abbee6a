package io.streamhub.bootstrap;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shape of every background loop here (callback dispatch, uploads, VOD reconciliation): one named daemon thread
 * that runs one pass after another from server start until shutdown. A pass that throws is logged and the next one
 * runs after {@code pauseAfterFailure}; an interrupt (shutdown) ends the loop.
 */
final class ServiceThread {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceThread.class);

    /** One pass; it may block (wait for work, sleep until the next pass) and ends early when interrupted. */
    interface Pass {
        void run() throws InterruptedException;
    }

    private final String name;
    private final Pass pass;
    private final Duration pauseAfterFailure;
    private Thread thread;

    ServiceThread(String name, Duration pauseAfterFailure, Pass pass) {
        this.name = name;
        this.pass = pass;
        this.pauseAfterFailure = pauseAfterFailure;
    }

    synchronized boolean running() {
        return thread != null;
    }

    synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                pass.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("{} pass failed; next pass in {}", name, pauseAfterFailure, e);
                try {
                    Thread.sleep(pauseAfterFailure.toMillis());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
