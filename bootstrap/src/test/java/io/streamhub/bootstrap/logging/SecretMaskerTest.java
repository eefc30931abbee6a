package io.streamhub.bootstrap.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private static void masked(String input, String expected) {
        assertEquals(expected, SecretMasker.mask(input), input);
    }

    @Test
    void redactsKnownTokenShapes() {
        masked("token sk_live_0123456789abcdef created", "token sk_*** created");
        masked("signing with whsec_AbCdEf0123456789", "signing with whsec_***");
        masked("cluster clt_test_cluster_token_0123456789 ok", "cluster clt_*** ok");
        masked("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyb290In0.c2lnbmF0dXJl end", "jwt eyJ*** end");
        masked("Authorization: Bearer abc.def-ghi", "Authorization: Bearer ***");
        masked("authorization=Basic cm9vdDpwdw==", "authorization=Basic ***");
        masked("key AKIAIOSFODNN7EXAMPLE used", "key AKIA*** used");
        masked("redis://user:hunter2hunter2@redis:6379/0", "redis://user:***@redis:6379/0");
    }

    @Test
    void redactsValuesOfSecretKeys() {
        masked("login password=root-password-123 from 1.2.3.4", "login password=*** from 1.2.3.4");
        masked("{\"user\":\"root\",\"password\":\"p4ss word\"}", "{\"user\":\"root\",\"password\":\"***\"}");
        masked("{\"user\":\"root\",\"password\":\"p4ssword\"}", "{\"user\":\"root\",\"password\":\"***\"}");
        masked("apiSecret: s3cr3tvalue, next", "apiSecret: ***, next");
        masked("S3 secretKey=abcdEFGH1234 accessKey=AK123", "S3 secretKey=*** accessKey=***");
        masked("ADMIN_PASS=letmein1 and api_key=xyz", "ADMIN_PASS=*** and api_key=***");
        masked("/metrics?token=abc123&x=1", "/metrics?token=***&x=1");
        // JSON-escaped, as inside the JSON encoder's message field
        masked("\"message\":\"body {\\\"password\\\":\\\"p4ssword\\\"}\"", "\"message\":\"body {\\\"password\\\":\\\"***\\\"}\"");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        for (String s : new String[] {"event=node_stale node_id=n1 rooms=a,b", "app alpha created by user:42",
                "transcoding passthrough=true", "bypass=on", "GET /api/v1/tokens 200", "task_sk_count=3"}) {
            masked(s, s);
        }
        assertNull(SecretMasker.mask(null));
    }

    @Test
    void theEncoderMasksJsonAndTextLines() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        for (String format : new String[] {"json", "text", "bogus"}) {
            LogLineEncoder encoder = new LogLineEncoder();
            encoder.setContext(context);
            encoder.setFormat(format);
            encoder.start();
            LoggingEvent event = new LoggingEvent("x", context.getLogger("io.streamhub.Test"), Level.WARN,
                    "login with {} failed for sk_abcdefgh12345678", new IllegalStateException("password=hunter22"),
                    new Object[] {"{\"password\":\"hunter22\"}"});
            String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertFalse(line.contains("hunter22"), line);
            assertFalse(line.contains("abcdefgh12345678"), line);
            assertTrue(line.endsWith("\n"), line);
            if (!format.equals("text")) {
                assertTrue(line.startsWith("{") && line.contains("\"level\":\"WARN\""), line);
            }
        }
    }
}
