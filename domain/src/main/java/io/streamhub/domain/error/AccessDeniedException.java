package io.streamhub.domain.error;

/** The caller is known but not allowed to do this. */
public final class AccessDeniedException extends DomainException {
    public AccessDeniedException(String message) {
        super("forbidden", message);
    }
}
