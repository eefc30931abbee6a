package io.streamhub.adapter.livekit;

import java.time.Duration;

/**
 * HTTP timeouts of the Twirp clients, so that a dead or stuck LiveKit never holds a request
 * thread for long. {@code call} bounds a whole call (connect, write, wait, read).
 */
record LiveKitTimeouts(Duration connect, Duration read, Duration write, Duration call) {
    static final LiveKitTimeouts DEFAULT =
            new LiveKitTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5));
}
