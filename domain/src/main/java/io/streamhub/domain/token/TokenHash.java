package io.streamhub.domain.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The only form in which an API token is stored: the lower-case hex SHA-256 of its plaintext. */
public record TokenHash(String hex) {
    public static final String PREFIX = "sk_";

    public TokenHash {
        if (hex == null || !hex.matches("^[0-9a-f]{64}$")) {
            throw new IllegalArgumentException("token hash must be 64 hex characters");
        }
    }

    /** Looking a digest up in the provider registry costs more than hashing a token, so each thread keeps one. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    });

    public static TokenHash of(String plaintext) {
        byte[] digest = SHA256.get().digest(plaintext.getBytes(StandardCharsets.UTF_8));
        return new TokenHash(HexFormat.of().formatHex(digest));
    }
}
