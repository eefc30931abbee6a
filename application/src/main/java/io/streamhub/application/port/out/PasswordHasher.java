package io.streamhub.application.port.out;

/** A memory-hard password KDF. The encoded hash carries its own parameters and salt. */
public interface PasswordHasher {
    String hash(String password);

    boolean verify(String password, String encodedHash);
}
