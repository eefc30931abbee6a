package io.streamhub.domain.log;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored lines to list, newest first. {@code level} is a minimum; {@code source} matches a logger
 * and its children ({@code io.streamhub.bootstrap} matches {@code io.streamhub.bootstrap.NodeHealthMonitor});
 * {@code text} is a case-insensitive substring of the message. {@code since} is inclusive, {@code until} exclusive.
 */
public record ServerLogSearch(Optional<String> app, Optional<LogLevel> level, Optional<String> source, Optional<String> text,
                              Optional<Instant> since, Optional<Instant> until, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_TEXT = 200;

    public ServerLogSearch {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (source.map(String::length).orElse(0) > MAX_SOURCE) {
            throw new InvalidInputException("source", "source must be at most " + MAX_SOURCE + " characters");
        }
        if (text.map(String::length).orElse(0) > MAX_TEXT) {
            throw new InvalidInputException("q", "q must be at most " + MAX_TEXT + " characters");
        }
        if (since.isPresent() && until.isPresent() && !since.get().isBefore(until.get())) {
            throw new InvalidInputException("until", "until must be after since");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must not be negative");
        }
    }
}
