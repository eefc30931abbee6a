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

    public static TokenHash of(String plaintext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
