package io.streamhub.adapter.livekit;

import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import io.livekit.server.WebhookReceiver;
import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.event.MediaEvent;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import livekit.LivekitWebhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies LiveKit webhooks with the SDK's {@link WebhookReceiver}: an HS256 JWT signed with the
 * API secret, issued by the API key, unexpired, whose {@code sha256} claim is the body's hash.
 * LiveKit sends the bare JWT as {@code Authorization}; a {@code Bearer } prefix is accepted too.
 */
@Singleton
public class LiveKitEventVerifier implements MediaEventVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(LiveKitEventVerifier.class);
    private static final String INVALID = "invalid LiveKit webhook signature";

    private final String apiKey;
    private final String apiSecret;

    public LiveKitEventVerifier(@Value("${streamhub.livekit.api-key:}") String apiKey,
                                @Value("${streamhub.livekit.api-secret:}") String apiSecret) {
        this.apiKey = apiKey == null ? "" : apiKey;
        this.apiSecret = apiSecret == null ? "" : apiSecret;
    }

    @Override
    public MediaEvent verify(String body, String authorization) {
        if (apiKey.isBlank() || apiSecret.isBlank()) {
            throw new UnavailableException(TwirpError.UNAVAILABLE,
                    "LiveKit webhooks cannot be verified: streamhub.livekit.api-key and api-secret are not set");
        }
        String token = bareToken(authorization);
        if (body == null || token.isEmpty()) {
            throw rejected("no body or no Authorization header");
        }
        LivekitWebhook.WebhookEvent event;
        try {
            // checks signature, issuer, exp/nbf (java-jwt, when present) and the body's sha256, then parses
            event = new WebhookReceiver(apiKey, apiSecret).receive(body, token);
        } catch (Exception e) { // Kotlin: JWTVerificationException, IllegalArgumentException, InvalidProtocolBufferException
            throw rejected(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (!expires(token)) {
            throw rejected("the token has no exp claim");
        }
        return LiveKitMapper.event(event);
    }

    private static String bareToken(String authorization) {
        if (authorization == null) {
            return "";
        }
        String value = authorization.strip();
        if (value.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            value = value.substring(7).strip();
        }
        return value;
    }

    /** java-jwt only checks exp when the claim exists; a webhook token must carry one (LiveKit's always does). */
    private static boolean expires(String jwt) {
        try {
            String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
            Struct.Builder claims = Struct.newBuilder();
            JsonFormat.parser().ignoringUnknownFields().merge(payload, claims);
            return claims.getFieldsOrDefault("exp", com.google.protobuf.Value.getDefaultInstance()).getKindCase()
                    == com.google.protobuf.Value.KindCase.NUMBER_VALUE;
        } catch (Exception e) {
            return false;
        }
    }

    private static UnauthenticatedException rejected(String reason) {
        LOG.debug("rejected LiveKit webhook: {}", reason);
        return new UnauthenticatedException(INVALID);
    }
}
