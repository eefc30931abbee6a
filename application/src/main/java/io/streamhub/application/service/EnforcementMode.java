package io.streamhub.application.service;

import java.util.Locale;

/**
 * How authorization and quota verdicts are applied ({@code STREAMHUB_AUTHZ_ENFORCE}): {@code on}
 * refuses, {@code log} only logs what {@code on} would refuse, {@code off} skips role and quota
 * checks. Authentication, global-scope routes and app-token confinement hold in every mode.
 */
public enum EnforcementMode {
    OFF, LOG, ON;

    /** Unset or unknown values mean {@code on}: a typo must not open the system. */
    public static EnforcementMode parse(String text) {
        if (text == null) {
            return ON;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "off" -> OFF;
            case "log" -> LOG;
            default -> ON;
        };
    }
}
