package io.streamhub.domain.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The headers of a callback request. Two signatures over the exact body bytes:
 * <ul>
 *   <li>StreamHub's: {@code x-streamhub-signature: sha256=<hex HMAC-SHA256(secret, body)>};</li>
 *   <li>Standard Webhooks': {@code webhook-signature: v1,<base64 HMAC-SHA256(key, id.timestamp.body)>}
 *       with {@code webhook-timestamp} in Unix seconds, so off-the-shelf verifiers also reject replays.
 *       The key is the secret's UTF-8 bytes, or for a {@code whsec_<base64>} secret the decoded bytes
 *       (what those verifiers expect).</li>
 * </ul>
 * Without a secret nothing is signed.
 */
public final class WebhookSignature {
    private static final String HMAC = "HmacSHA256";
    private static final String WHSEC = "whsec_";

    private WebhookSignature() {
    }

    /**
     * @param eventTime the envelope's {@code ts}, the same on every attempt ({@code x-streamhub-timestamp})
     * @param sentAt this attempt's time ({@code webhook-timestamp}, signed): a retry hours later still
     *               passes a receiver's freshness check, a captured request replayed later does not
     */
    public static Map<String, String> headers(String eventId, String event, Instant eventTime, Instant sentAt, String body,
                                              String secret) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("x-streamhub-event", event);
        h.put("x-streamhub-delivery", eventId);
        h.put("x-streamhub-timestamp", DateTimeFormatter.ISO_INSTANT.format(eventTime));
        h.put("webhook-id", eventId);
        h.put("webhook-timestamp", Long.toString(sentAt.getEpochSecond()));
        if (secret != null && !secret.isEmpty()) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            h.put("x-streamhub-signature", "sha256=" + HexFormat.of().formatHex(hmac(bytes, body)));
            String signed = eventId + "." + sentAt.getEpochSecond() + "." + body;
            h.put("webhook-signature", "v1," + Base64.getEncoder().encodeToString(hmac(standardKey(secret), signed)));
        }
        return h;
    }

    private static byte[] standardKey(String secret) {
        if (secret.startsWith(WHSEC)) {
            try {
                byte[] key = Base64.getDecoder().decode(secret.substring(WHSEC.length()));
                if (key.length > 0) {
                    return key;
                }
            } catch (IllegalArgumentException notBase64) {
                // fall through: the whole string is the key
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
