package io.streamhub.adapter.livekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.room.JoinGrant;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LiveKitTokenIssuerTest {
    private static final String SECRET = "devsecret_devsecret_devsecret_devsecret";

    private final JoinGrant grant = new JoinGrant("live-show", "alice", "Alice", true, true, true, false, false, true, "", Duration.ofHours(1));

    @Test
    void signsWithTheApiSecretAndCarriesTheGrants() throws Exception {
        String jwt = new LiveKitTokenIssuer("devkey", SECRET).sign(grant);
        String[] parts = jwt.split("\\.");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, parts[2]);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"iss\":\"devkey\""), claims);
        assertTrue(claims.contains("\"sub\":\"alice\""), claims);
        assertTrue(claims.contains("\"room\":\"live-show\""), claims);
        assertTrue(claims.contains("\"roomJoin\":true"), claims);
        assertTrue(claims.contains("\"canPublishSources\":[\"microphone\"]"), claims);
    }

    @Test
    void withoutCredentialsItIsUnavailableNotBroken() {
        UnavailableException e = assertThrows(UnavailableException.class, () -> new LiveKitTokenIssuer("", "").sign(grant));
        assertEquals("livekit_unconfigured", e.code());
    }
}
