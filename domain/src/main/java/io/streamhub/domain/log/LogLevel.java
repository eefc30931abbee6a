package io.streamhub.domain.log;

import java.util.Locale;

/** Severity of a log line, least severe first; a filter by level keeps that level and every more severe one. */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR;

    /** Lower-case name used in the API and the store. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A 10-step number (trace 10 … error 50) the store orders and filters by. */
    public int severity() {
        return (ordinal() + 1) * 10;
    }

    public boolean atLeast(LogLevel minimum) {
        return ordinal() >= minimum.ordinal();
    }

    /** @throws IllegalArgumentException for anything but trace, debug, info, warn (warning), error (fatal) */
    public static LogLevel parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "trace" -> TRACE;
            case "debug" -> DEBUG;
            case "info" -> INFO;
            case "warn", "warning" -> WARN;
            case "error", "fatal" -> ERROR;
            default -> throw new IllegalArgumentException("unknown log level: " + text);
        };
    }
}
