package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LiveKit join tokens through the API: namespacing, grants, quotas for every principal, public viewers. */
@MicronautTest(transactional = false)
class JoinTokenTest extends ApiTestSupport {

    @SuppressWarnings("unchecked")
    private Map<String, Object> claims(String jwt) throws Exception {
        return json.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAppTokenMintsJoinTokensForItsOwnRoomsOnly() throws Exception {
        String admin = adminJwt();
        long id = createApp(admin, "studio");
        String token = appToken(admin, id, null);
        Map<String, Object> data = call("POST", "/api/v1/apps/studio/tokens", token,
                "{\"room\":\"other-app-room\",\"identity\":\"alice\",\"ttl\":\"1h\"}").expect(201).data();
        assertEquals("studio-other-app-room", data.get("room"));
        assertTrue(((String) data.get("iframe")).contains("/embed/studio/studio-other-app-room"));
        Map<String, Object> claims = claims((String) data.get("token"));
        assertEquals(LIVEKIT_KEY, claims.get("iss"));
        assertEquals("alice", claims.get("sub"));
        Map<String, Object> video = (Map<String, Object>) claims.get("video");
        assertEquals("studio-other-app-room", video.get("room"));
        assertEquals(Boolean.TRUE, video.get("roomJoin"));
        assertEquals(Boolean.TRUE, video.get("canPublish"));
        long lifetime = ((Number) claims.get("exp")).longValue() - System.currentTimeMillis() / 1000;
        assertTrue(lifetime > 3500 && lifetime <= 3600, claims::toString);
        assertEquals("ws://127.0.0.1:9", data.get("wsUrl"));
    }

    @Test
    void publishingOverTheStreamQuotaIsA429ForAppTokensAndUsersAlike() {
        String admin = adminJwt();
        String tenant = createTenant(admin, "Quota");
        String owner = memberJwt(admin, tenant, "owner@quota.test", "owner");
        long id = createApp(owner, "quota-app");
        String token = appToken(admin, id, null);
        call("PUT", "/api/v1/tenants/" + tenant + "/quotas", admin, "{\"maxConcurrentStreams\":0}").expect(200);
        for (String bearer : new String[] {token, owner}) {
            Map<String, Object> error = call("POST", "/api/v1/apps/quota-app/tokens", bearer, "{\"room\":\"r\"}").expect(429).error();
            assertEquals("quota_exceeded", error.get("code"));
            assertEquals("maxConcurrentStreams", error.get("quota"));
            assertEquals(0, ((Number) error.get("limit")).intValue());
            call("POST", "/api/v1/apps/quota-app/tokens", bearer, "{\"room\":\"r\",\"canPublish\":false}").expect(201);
        }
    }

    @Test
    void hiddenViewersNeedTheAppFeature() {
        String admin = adminJwt();
        createApp(admin, "qc-app");
        call("POST", "/api/v1/apps/qc-app/tokens", admin, "{\"room\":\"r\",\"hidden\":true}").expect(403);
        call("PATCH", "/api/v1/apps/qc-app/config", admin, "{\"features\":{\"hiddenQc\":true}}").expect(200);
        Map<String, Object> data = call("POST", "/api/v1/apps/qc-app/tokens", admin, "{\"room\":\"r\",\"hidden\":true}").expect(201).data();
        assertEquals(Boolean.TRUE, data.get("hidden"));
        assertEquals(Boolean.FALSE, data.get("canPublish"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void playTokensArePublicOnlyWhereTheAppAllowsIt() throws Exception {
        String admin = adminJwt();
        createApp(admin, "public-app");
        call("GET", "/api/v1/apps/public-app/play-token/show", null, null).expect(404);
        call("GET", "/api/v1/apps/no-such-app/play-token/show", null, null).expect(404);
        call("PATCH", "/api/v1/apps/public-app/config", admin, "{\"features\":{\"publicPlayback\":true}}").expect(200);
        Map<String, Object> data = call("GET", "/api/v1/apps/public-app/play-token/show", null, null).expect(200).data();
        assertEquals("public-app-show", data.get("room"));
        assertEquals("viewer", data.get("mode"));
        Map<String, Object> video = (Map<String, Object>) claims((String) data.get("token")).get("video");
        assertEquals(Boolean.FALSE, video.get("canPublish"));
        assertEquals(Boolean.TRUE, video.get("hidden"));
        assertEquals(Boolean.TRUE, video.get("canSubscribe"));
    }
}
