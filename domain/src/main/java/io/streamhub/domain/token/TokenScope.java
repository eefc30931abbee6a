package io.streamhub.domain.token;

import io.streamhub.domain.error.InvalidInputException;

/** What an API token may reach: everything, or one app. */
public enum TokenScope {
    GLOBAL, APP;

    public String key() {
        return this == GLOBAL ? "global" : "app";
    }

    public static TokenScope parse(String text) {
        if ("global".equals(text)) {
            return GLOBAL;
        }
        if ("app".equals(text)) {
            return APP;
        }
        throw new InvalidInputException("scope", "scope must be 'global' or 'app'");
    }
}
