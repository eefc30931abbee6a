package io.streamhub.bootstrap;

import io.micronaut.runtime.Micronaut;

/**
 * Entry point: checks the environment, prepares {@code DATA_DIR}, then starts the core; with the
 * argument {@code agent}, runs the node agent instead ({@link NodeAgentMain}).
 */
public final class StreamHubApplication {
    private StreamHubApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && "agent".equals(args[0])) {
            NodeAgentMain.run(System.getenv());
            return;
        }
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
