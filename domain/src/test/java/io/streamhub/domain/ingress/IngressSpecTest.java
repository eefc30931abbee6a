package io.streamhub.domain.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class IngressSpecTest {
    private String fieldOf(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).field();
    }

    @Test
    void urlIngressNeedsAPullableUrlAndOthersRefuseOne() {
        assertEquals("url", fieldOf(() -> new IngressSpec(InputType.URL, "n", "r", "id", null, null, true)));
        assertEquals("url", fieldOf(() -> new IngressSpec(InputType.URL, "n", "r", "id", null, "file:///etc/passwd", true)));
        assertEquals("url", fieldOf(() -> new IngressSpec(InputType.RTMP, "n", "r", "id", null, "rtmp://x/y", true)));
        new IngressSpec(InputType.URL, "n", "r", "id", null, "rtsp://camera.local/stream", true);
    }

    @Test
    void onlyWhipPassesMediaThroughUntranscoded() {
        assertEquals("enableTranscoding", fieldOf(() -> new IngressSpec(InputType.RTMP, "n", "r", "id", null, null, false)));
        new IngressSpec(InputType.WHIP, "n", "r", "id", null, null, false);
    }

    @Test
    void inputTypesAreParsedByName() {
        assertEquals(InputType.WHIP, InputType.parse("whip"));
        assertEquals("inputType", fieldOf(() -> InputType.parse("srt")));
    }
}
