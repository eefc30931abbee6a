package io.streamhub.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Entry point: checks the environment, prepares {@code DATA_DIR}, then starts the core. */
public final class StreamHubApplication {
    private StreamHubApplication() {
    }

    public static void main(String[] args) {
        try {
            StartupChecks.prepare(System.getenv()).forEach(System::setProperty);
        } catch (StartupChecks.RefusedToStart e) {
            System.err.println("streamhub: refusing to start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Micronaut.build(args).mainClass(StreamHubApplication.class).start();
    }
}
