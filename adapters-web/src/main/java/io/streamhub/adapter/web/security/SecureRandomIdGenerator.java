package io.streamhub.adapter.web.security;

import io.streamhub.application.port.out.IdGenerator;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Identifiers and secrets from the platform's CSPRNG. */
@Singleton
public class SecureRandomIdGenerator implements IdGenerator {
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID uuid() {
        return UUID.randomUUID();
    }

    @Override
    public String secret(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
