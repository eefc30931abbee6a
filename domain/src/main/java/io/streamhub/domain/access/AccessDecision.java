package io.streamhub.domain.access;

/** The outcome of {@link AccessPolicy}. */
public sealed interface AccessDecision {

    record Allowed() implements AccessDecision {
    }

    /**
     * @param hideExistence answer as if the target did not exist (another tenant's app)
     * @param alwaysEnforced a boundary that holds in every enforcement mode (scope, token confinement)
     */
    record Denied(String reason, boolean hideExistence, boolean alwaysEnforced) implements AccessDecision {
    }

    AccessDecision ALLOWED = new Allowed();
}
