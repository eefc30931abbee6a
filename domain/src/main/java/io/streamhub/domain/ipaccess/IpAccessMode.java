package io.streamhub.domain.ipaccess;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** How IP rules act: ignored, only logged, or enforced. Bans do not depend on it. */
public enum IpAccessMode {
    OFF, LOG, ENFORCE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IpAccessMode parse(String field, String text) {
        for (IpAccessMode mode : values()) {
            if (mode.key().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new InvalidInputException(field, field + " must be off, log or enforce");
    }
}
