package io.streamhub.domain.error;

/**
 * Expected business outcomes. Each carries a stable {@link #code()} that the web adapter maps to
 * one HTTP status in a single place; adapters never invent their own.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, AccessDeniedException,
                QuotaExceededException, UnauthenticatedException, UnavailableException, UpstreamException,
                TooLargeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
