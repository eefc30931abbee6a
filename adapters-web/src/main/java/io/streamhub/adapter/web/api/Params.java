package io.streamhub.adapter.web.api;

import io.streamhub.domain.error.InvalidInputException;

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
}
