package io.streamhub.domain.app;

import io.streamhub.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/**
 * An app's slug: 3 to 32 characters, lower-case letters, digits and inner dashes. It names the
 * app's directory and database file, so nothing else is ever accepted.
 */
public record AppName(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$");

    public AppName {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("name",
                    "name must match ^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$ (3-32 lower-case letters, digits, dashes)");
        }
    }

    /** Parses an app name that arrives in a path or a field other than {@code name}. */
    public static AppName parse(String field, String text) {
        try {
            return new AppName(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage().replaceFirst("^name", field));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
