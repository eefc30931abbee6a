package io.streamhub.application.port.out;

import java.util.UUID;

/** The source of identifiers and secrets: the domain never draws random numbers itself. */
public interface IdGenerator {
    UUID uuid();

    /** {@code bytes} cryptographically random bytes, base64url without padding. */
    String secret(int bytes);
}
