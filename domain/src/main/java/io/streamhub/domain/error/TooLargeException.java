package io.streamhub.domain.error;

/** A payload over a documented size limit; {@link #field()} names it. */
public final class TooLargeException extends DomainException {
    private final String field;

    public TooLargeException(String field, String message) {
        super("too_large", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
