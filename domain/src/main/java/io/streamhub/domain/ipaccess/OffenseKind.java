package io.streamhub.domain.ipaccess;

/** What counts against an address: failed sign-ins, invalid credentials, sign-in rate-limit refusals. */
public enum OffenseKind {
    LOGIN_FAILED("login_failed"), INVALID_TOKEN("invalid_token"), RATE_LIMITED("rate_limited");

    private final String key;

    OffenseKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
