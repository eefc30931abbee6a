package io.streamhub.domain.tenant;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A login e-mail address, stored lower-case. */
public record Email(String value) {
    private static final Pattern FORMAT = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        if (value == null || value.length() > 200 || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("email", "email must be a valid address of at most 200 characters");
        }
        value = value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
