package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** Who asks to play: a plain viewer (may ride HLS) or an interactive participant (always WebRTC). */
public enum ViewerRole {
    VIEWER, INTERACTIVE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A missing role is a viewer. */
    public static ViewerRole parse(String field, String value) {
        if (value == null || value.isEmpty()) {
            return VIEWER;
        }
        for (ViewerRole role : values()) {
            if (role.wireName().equals(value)) {
                return role;
            }
        }
        throw new InvalidInputException(field, field + " must be viewer or interactive");
    }
}
