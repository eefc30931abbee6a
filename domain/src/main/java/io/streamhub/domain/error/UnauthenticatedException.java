package io.streamhub.domain.error;

/** The credentials are missing, unknown, revoked, expired or used from a disallowed address. */
public final class UnauthenticatedException extends DomainException {
    public UnauthenticatedException(String message) {
        super("unauthorized", message);
    }
}
