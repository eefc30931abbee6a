package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** Without METRICS_TOKEN, /metrics does not exist as far as any caller can tell. */
@MicronautTest(transactional = false)
class MetricsHiddenTest extends ApiTestSupport {

    @Test
    void withoutAConfiguredTokenMetricsAnswersLikeAnUnknownPath() {
        Reply unknown = call("GET", "/no-such-page", null, null).expect(404);
        for (Reply reply : new Reply[] {call("GET", "/metrics", null, null), call("GET", "/metrics?token=anything", null, null),
                call("GET", "/metrics", "bogus-bearer-7f3q", null), call("GET", "/metrics", adminJwt(), null)}) {
            assertEquals(404, reply.status());
            assertEquals(unknown.body(), reply.body());
            assertEquals("not_found", reply.error().get("code"));
            assertEquals(null, reply.body().get("data"));
        }
    }
}
