package io.streamhub.domain.access;

import java.util.Locale;

/** What is done to a {@link Resource}. */
public enum Action {
    READ, CREATE, WRITE, DELETE, START, STOP;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
