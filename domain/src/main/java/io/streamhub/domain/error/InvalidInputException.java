package io.streamhub.domain.error;

/** A value supplied by the caller breaks a rule; {@link #field()} names it. */
public final class InvalidInputException extends DomainException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid_input", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
