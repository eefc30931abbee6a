package io.streamhub.domain.error;

/** The request clashes with existing state, e.g. a duplicate name. */
public final class ConflictException extends DomainException {
    private final String field;

    public ConflictException(String field, String message) {
        super("conflict", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
