package io.streamhub.bootstrap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code STREAMHUB_AUTHZ_ENFORCE=log}: role denials are only logged; scope and token confinement still hold. */
@MicronautTest(transactional = false)
class LogEnforcementModeTest extends ApiTestSupport {

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.authz-enforce", "log");
    }

    @Test
    void aViewersWriteIsLoggedNotRefused() {
        String admin = adminJwt();
        String tenant = createTenant(admin, "Logged");
        String owner = memberJwt(admin, tenant, "owner@l.test", "owner");
        String viewer = memberJwt(admin, tenant, "viewer@l.test", "viewer");
        createApp(owner, "logged");
        call("PATCH", "/api/v1/apps/logged", viewer, "{\"displayName\":\"by a viewer\"}").expect(200);
    }

    @Test
    void boundariesHoldInEveryMode() {
        String admin = adminJwt();
        long id = createApp(admin, "fenced");
        createApp(admin, "other");
        String token = appToken(admin, id, null);
        call("GET", "/api/v1/apps/other", token, null).expect(403);
        call("GET", "/api/v1/tokens", token, null).expect(403);
        call("GET", "/api/v1/apps/other", null, null).expect(401);
    }
}
