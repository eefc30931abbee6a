package io.streamhub.domain.ingress;

import java.time.Instant;
import java.util.Optional;

/**
 * StreamHub's own password on an RTMP ingress (LiveKit has none): only its hash is kept. An ingress
 * that starts publishing before the password was validated is torn down.
 */
public record IngressAuth(String ingressId, String passwordHash, Instant createdAt, Optional<Instant> validatedAt) {

    public IngressAuth validated(Instant now) {
        return new IngressAuth(ingressId, passwordHash, createdAt, Optional.of(now));
    }

    public boolean isValidated() {
        return validatedAt.isPresent();
    }
}
