package io.streamhub.domain.error;

/** The named thing does not exist, or is not visible to the caller (same answer on purpose). */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what, String id) {
        super("not_found", what + " '" + id + "' not found");
    }
}
