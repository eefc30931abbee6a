package io.streamhub.domain.error;

/** A service StreamHub drives (LiveKit) answered with an error StreamHub cannot turn into anything better. */
public final class UpstreamException extends DomainException {
    public UpstreamException(String code, String message) {
        super(code, message);
    }
}
