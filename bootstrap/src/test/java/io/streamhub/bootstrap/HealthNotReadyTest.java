package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.JdbcStoreHealth;
import io.streamhub.application.port.out.StoreHealth;
import org.junit.jupiter.api.Test;

/** Readiness fails when the global store cannot vouch for itself; liveness does not. */
@MicronautTest(transactional = false)
class HealthNotReadyTest extends ApiTestSupport {
    static volatile boolean answers = true;
    static volatile boolean migrated = false;

    @MockBean(JdbcStoreHealth.class)
    StoreHealth unmigratedStore() {
        return new StoreHealth() {
            @Override
            public boolean answers() {
                return answers;
            }

            @Override
            public boolean migrated() {
                return migrated;
            }
        };
    }

    @Test
    void readyIs503NamingWhatFailsWhileLiveStays200() {
        call("GET", "/api/v1/health/live", null, null).expect(200);
        Reply pending = call("GET", "/api/v1/health/ready", null, null).expect(503);
        assertEquals("not_ready", pending.error().get("code"));
        assertEquals(null, pending.body().get("data"));
        assertTrue(((String) pending.error().get("message")).contains("not fully migrated"));

        answers = false;
        try {
            String message = (String) call("GET", "/api/v1/health/ready", null, null).expect(503).error().get("message");
            assertTrue(message.contains("does not answer"), message);
        } finally {
            answers = true;
        }
    }
}
