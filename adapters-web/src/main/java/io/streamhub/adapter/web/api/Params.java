package io.streamhub.adapter.web.api;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Strict parsing of path and query values, naming the parameter on failure. */
public final class Params {
    private Params() {
    }

    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    public static boolean bool(String value, String field, boolean fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        return switch (value) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidInputException(field, field + " must be true or false");
        };
    }

    public static long positiveLong(String value, String field) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException(field, field + " must be a positive integer");
    }

    /** An optional query value, trimmed; blank is absent. */
    public static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** An optional ISO-8601 instant; a bad one is a 400 naming {@code field}. */
    public static Optional<Instant> instant(String text, String field) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be an ISO-8601 instant such as 2026-11-21T10:00:00Z");
        }
    }

    /** An optional integer, {@code fallback} when absent; a bad one is a 400 naming {@code field}. */
    public static int integer(String text, String field, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be an integer");
        }
    }
}
