package io.streamhub.domain.error;

/** A capability is not configured or a dependency cannot serve it right now. */
public final class UnavailableException extends DomainException {
    public UnavailableException(String code, String message) {
        super(code, message);
    }
}
