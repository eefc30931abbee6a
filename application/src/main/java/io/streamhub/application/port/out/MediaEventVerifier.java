package io.streamhub.application.port.out;

import io.streamhub.domain.event.MediaEvent;

/** Checks that a webhook body was signed by the media server, then reads it. */
public interface MediaEventVerifier {
    /**
     * @param authorization the request's {@code Authorization} header (may be null)
     * @throws io.streamhub.domain.error.UnauthenticatedException when the signature, its body hash,
     *         its issuer or its lifetime does not check out
     */
    MediaEvent verify(String body, String authorization);
}
