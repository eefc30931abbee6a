package io.streamhub.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String BODY = "{\"id\":\"e1\",\"event\":\"room_started\"}";
    private static final Instant TS = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final Instant SENT = TS.plusSeconds(60);

    @Test
    void headersCarryTheEventTheIdTheEventTimeAndTheSendingTime() {
        Map<String, String> h = WebhookSignature.headers("e1", "room_started", TS, SENT, BODY, "s3cret");
        assertEquals("room_started", h.get("x-streamhub-event"));
        assertEquals("e1", h.get("x-streamhub-delivery"));
        assertEquals("2026-11-21T10:15:30.123Z", h.get("x-streamhub-timestamp"));
        assertEquals("e1", h.get("webhook-id"));
        assertEquals("1795256190", h.get("webhook-timestamp"));
    }

    @Test
    void streamhubSignatureIsTheHexHmacOfTheBody() throws Exception {
        Map<String, String> h = WebhookSignature.headers("e1", "room_started", TS, SENT, BODY, "s3cret");
        assertEquals("sha256=" + hex(hmac("s3cret".getBytes(StandardCharsets.UTF_8), BODY)), h.get("x-streamhub-signature"));
        // a known vector, so a refactoring cannot drift along with the test's own HMAC
        Map<String, String> known = WebhookSignature.headers("id", "e", TS, SENT, "hello", "key");
        assertEquals("sha256=9307b3b915efb5171ff14d8cb55fbcc798c6c0ef1456d66ded1a6aa723a58b7b", known.get("x-streamhub-signature"));
    }

    @Test
    void standardWebhooksSignatureCoversIdTimestampAndBody() throws Exception {
        Map<String, String> h = WebhookSignature.headers("e1", "room_started", TS, SENT, BODY, "s3cret");
        String signed = "e1.1795256190." + BODY;
        assertEquals("v1," + Base64.getEncoder().encodeToString(hmac("s3cret".getBytes(StandardCharsets.UTF_8), signed)),
                h.get("webhook-signature"));
    }

    @Test
    void aWhsecSecretIsUsedAsItsBase64Key() throws Exception {
        byte[] key = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24};
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        Map<String, String> h = WebhookSignature.headers("e1", "room_started", TS, SENT, BODY, secret);
        assertEquals("v1," + Base64.getEncoder().encodeToString(hmac(key, "e1.1795256190." + BODY)), h.get("webhook-signature"));
        assertEquals("sha256=" + hex(hmac(secret.getBytes(StandardCharsets.UTF_8), BODY)), h.get("x-streamhub-signature"));
    }

    @Test
    void withoutASecretNothingIsSigned() {
        Map<String, String> h = WebhookSignature.headers("e1", "room_started", TS, SENT, BODY, "");
        assertFalse(h.containsKey("x-streamhub-signature"));
        assertFalse(h.containsKey("webhook-signature"));
        assertTrue(h.containsKey("webhook-id"));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
