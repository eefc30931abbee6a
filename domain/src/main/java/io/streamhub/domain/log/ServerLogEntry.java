package io.streamhub.domain.log;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored log line. {@code source} is the logger that wrote it; {@code app} the app the line is about,
 * when the line names one; {@code metaJson} a JSON object with the rest (thread, event, exception).
 * The message reaches this type already masked: secrets are redacted before any log line is written.
 *
 * @param id 0 until the store assigns one
 */
public record ServerLogEntry(long id, Instant ts, LogLevel level, String source, Optional<String> app, String message,
                             Optional<String> metaJson) {
    public static final int MAX_MESSAGE = 8000;

    public ServerLogEntry {
        Objects.requireNonNull(ts, "ts");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(metaJson, "metaJson");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "…";
        }
    }
}
