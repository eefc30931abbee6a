package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.streamhub.adapter.web.security.AnyPrincipal;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.adapter.web.security.RequiresPermission;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of the API against the three ways a request goes wrong: no credentials, the wrong
 * tenant or app, and a malformed body.
 */
@MicronautTest(transactional = false)
class RouteMatrixTest extends ApiTestSupport {

    enum Kind { PUBLIC, WEBHOOK, NODE, ANY, GLOBAL, LIST, CREATE, APP, TENANT }

    record Route(String method, String path, String body, Kind kind) {
    }

    @Inject
    Router router;

    String admin;
    String tenantA;
    String tenantB;
    String ownerOfB;
    String tokenOfBeta;
    final List<Route> routes = new ArrayList<>();

    @BeforeAll
    void world() {
        admin = adminJwt();
        tenantA = createTenant(admin, "Tenant A");
        tenantB = createTenant(admin, "Tenant B");
        String ownerOfA = memberJwt(admin, tenantA, "owner@a.test", "owner");
        ownerOfB = memberJwt(admin, tenantB, "owner@b.test", "owner");
        createApp(ownerOfA, "alpha");
        long beta = createApp(ownerOfA, "beta");
        tokenOfBeta = appToken(admin, beta, null);
        long tokenId = ((Number) call("GET", "/api/v1/tokens", admin, null).expect(200).list().get(0).get("id")).longValue();

        routes.addAll(List.of(
                new Route("GET", "/api/v1/health", null, Kind.PUBLIC),
                new Route("GET", "/api/v1/health/live", null, Kind.PUBLIC),
                new Route("GET", "/api/v1/health/ready", null, Kind.PUBLIC),
                // authenticated by its own METRICS_TOKEN (unset here: hidden, 404), like the webhook by its signature
                new Route("GET", "/metrics", null, Kind.PUBLIC),
                new Route("GET", "/api/v1/openapi.json", null, Kind.PUBLIC),
                new Route("GET", "/api/v1/docs", null, Kind.PUBLIC),
                new Route("POST", "/api/v1/auth/login", "{\"user\":\"x@y.test\",\"password\":\"nope-nope\"}", Kind.PUBLIC),
                new Route("GET", "/api/v1/auth/me", null, Kind.ANY),
                new Route("GET", "/api/v1/stats", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/apps", null, Kind.LIST),
                new Route("POST", "/api/v1/apps", "{\"name\":\"gamma\"}", Kind.CREATE),
                new Route("GET", "/api/v1/apps/alpha", null, Kind.APP),
                new Route("PATCH", "/api/v1/apps/alpha", "{\"displayName\":\"Alpha\"}", Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/config", null, Kind.APP),
                new Route("PATCH", "/api/v1/apps/alpha/config", "{\"features\":{\"chat\":true}}", Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/tokens", "{\"room\":\"show\"}", Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/play-token/show", null, Kind.PUBLIC),
                new Route("GET", "/api/v1/apps/alpha/rooms", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/rooms", "{\"name\":\"r1\"}", Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/rooms/r1", null, Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/rooms/r1", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/rooms/r1/participants", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/rooms/r1/placement", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/placement", null, Kind.APP),
                new Route("PUT", "/api/v1/apps/alpha/placement", "{\"pinned\":[],\"denied\":[]}", Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/rooms/r1/participants/p1/mute", "{\"trackSid\":\"TR_1\",\"muted\":true}", Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/rooms/r1/participants/p1", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/ingress", "{\"inputType\":\"rtmp\"}", Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/ingress", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/ingress/IN_1", null, Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/ingress/IN_1", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/ingress/IN_1/validate", "{\"password\":\"p\"}", Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/streams", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/streams/alpha-r1%2Fp1", null, Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/streams/alpha-r1%2Fp1", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/streams/alpha-r1%2Fp1/hls/start", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/streams/alpha-r1%2Fp1/hls/stop", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/streams/alpha-r1%2Fp1/hls", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/callbacks", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/callbacks", "{\"url\":\"https://203.0.113.10/in\"}", Kind.APP),
                new Route("PATCH", "/api/v1/apps/alpha/callbacks/EP_1", "{\"enabled\":false}", Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/callbacks/EP_1", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/callbacks/deliveries", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/callbacks/deliveries/D_1", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/callbacks/deliveries/D_1/redeliver", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/storage/test", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/vods", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/vods/1/download", null, Kind.APP),
                new Route("GET", "/api/v1/apps/alpha/vods/1", null, Kind.APP),
                new Route("DELETE", "/api/v1/apps/alpha/vods/1", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/recording/start", "{\"roomName\":\"show\"}", Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/recording/EG_1/stop", null, Kind.APP),
                // public only for apps with features.publicPlayback (alpha has it off)
                new Route("GET", "/api/v1/apps/alpha/playback/show", null, Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/playback/show/stats", "{\"viewerId\":\"v1\",\"p2pBytes\":1,\"httpBytes\":2}", Kind.APP),
                new Route("POST", "/api/v1/apps/alpha/distribution/purge", "{\"paths\":[\"/hls/alpha/alpha-show/index.m3u8\"]}", Kind.APP),
                // authenticated by STREAMHUB_TRACKER_SECRET (unset here: hidden, 404)
                new Route("GET", "/api/v1/p2p/swarms", null, Kind.PUBLIC),
                new Route("POST", "/api/v1/webhooks/livekit", "{\"event\":\"room_started\"}", Kind.WEBHOOK),
                new Route("POST", "/api/v1/cluster/join", "{\"name\":\"edge-1\",\"ip\":\"127.0.0.1\"}", Kind.NODE),
                new Route("POST", "/api/v1/cluster/heartbeat", "{\"nodeId\":\"origin\"}", Kind.NODE),
                new Route("GET", "/api/v1/cluster/nodes", null, Kind.GLOBAL),
                new Route("PATCH", "/api/v1/cluster/nodes/origin", "{\"status\":\"draining\"}", Kind.GLOBAL),
                new Route("DELETE", "/api/v1/cluster/nodes/origin", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/cluster/info", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/tokens", null, Kind.GLOBAL),
                new Route("POST", "/api/v1/tokens", "{\"name\":\"n\",\"scope\":\"global\"}", Kind.GLOBAL),
                new Route("DELETE", "/api/v1/tokens/" + tokenId, null, Kind.GLOBAL),
                new Route("GET", "/api/v1/tenants", null, Kind.GLOBAL),
                new Route("POST", "/api/v1/tenants", "{\"name\":\"T\"}", Kind.GLOBAL),
                new Route("POST", "/api/v1/tenants/" + tenantA + "/members", "{\"email\":\"m@a.test\",\"role\":\"viewer\",\"password\":\"password-1\"}", Kind.GLOBAL),
                new Route("PUT", "/api/v1/tenants/" + tenantA + "/quotas", "{\"maxApps\":5}", Kind.GLOBAL),
                new Route("GET", "/api/v1/tenants/" + tenantA + "/usage", null, Kind.TENANT),
                new Route("GET", "/api/v1/audit", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/logs", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/apps/alpha/logs", null, Kind.APP),
                new Route("GET", "/api/v1/security/status", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/security/ip-rules", null, Kind.GLOBAL),
                new Route("POST", "/api/v1/security/ip-rules", "{\"cidr\":\"192.0.2.0/24\",\"action\":\"block\"}", Kind.GLOBAL),
                new Route("DELETE", "/api/v1/security/ip-rules/999999", null, Kind.GLOBAL),
                new Route("GET", "/api/v1/security/bans", null, Kind.GLOBAL),
                new Route("POST", "/api/v1/security/bans/192.0.2.1/unban", null, Kind.GLOBAL),
                // read-only calculations on list prices and the seeds' matrix: any authenticated caller (docs/pricing.md)
                new Route("POST", "/api/v1/distribution/estimate", "{\"audience\":1000,\"bitrateMbps\":2.5,\"hours\":1}", Kind.ANY),
                new Route("GET", "/api/v1/distribution/recommend?useCase=regional-event&audience=1000", null, Kind.ANY)));
    }

    @Test
    void everyRouteOfTheServerIsInTheMatrixAndDeclaresItsAccess() {
        List<String> undeclared = new ArrayList<>();
        java.util.Set<String> apiRoutes = new java.util.TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString();
            boolean served = template.startsWith("/api/") || template.equals("/metrics");
            if (!served || route.getHttpMethodName().equals("HEAD") || route.getHttpMethodName().equals("OPTIONS")) {
                continue;
            }
            apiRoutes.add(route.getHttpMethodName() + " " + template);
            var meta = route.getAnnotationMetadata();
            if (!(meta.hasAnnotation(Public.class) || meta.hasAnnotation(AnyPrincipal.class)
                    || meta.hasAnnotation(GlobalScope.class) || meta.hasAnnotation(RequiresPermission.class))) {
                undeclared.add(route.getHttpMethodName() + " " + template);
            }
        }
        assertEquals(List.of(), undeclared, "routes must declare Public, AnyPrincipal, GlobalScope or RequiresPermission");
        assertEquals(routes.size(), apiRoutes.size(), "a new route must be added to this matrix: " + apiRoutes);
    }

    @Test
    void everyNonPublicRouteRefusesCallersWithoutCredentials() {
        for (Route route : routes) {
            if (route.kind() == Kind.PUBLIC) {
                continue;
            }
            // the webhook authenticates by its own signature, not by a bearer: unsigned is 401 too
            Reply reply = call(route.method(), route.path(), null, route.body());
            assertEquals(401, reply.status(), route.toString());
            assertEquals("unauthorized", reply.error().get("code"), route.toString());
            assertEquals(null, reply.body().get("data"));
        }
    }

    @Test
    void everyNonPublicRouteRefusesAnUnknownToken() {
        for (Route route : routes) {
            if (route.kind() != Kind.PUBLIC && route.kind() != Kind.WEBHOOK && route.kind() != Kind.NODE) {
                Reply reply = call(route.method(), route.path(), "sk_unknownunknownunknownunknown", route.body());
                assertEquals(401, reply.status(), route.toString());
                assertEquals("Invalid or revoked API token", reply.error().get("message"));
            }
        }
    }

    @Test
    void anAppTokenIsConfinedToItsApp() {
        for (Route route : routes) {
            Reply reply = call(route.method(), route.path(), tokenOfBeta, route.body());
            switch (route.kind()) {
                case APP, GLOBAL, TENANT, CREATE -> {
                    assertEquals(403, reply.status(), route.toString());
                    assertEquals("forbidden", reply.error().get("code"), route.toString());
                }
                case LIST -> assertEquals(List.of("beta"), reply.expect(200).list().stream().map(a -> a.get("name")).toList());
                default -> assertTrue(reply.status() < 500, route.toString());
            }
        }
    }

    @Test
    void anotherTenantsMemberSeesNeitherItsAppsNorItsUsage() {
        for (Route route : routes) {
            Reply reply = call(route.method(), route.path(), ownerOfB, route.body());
            switch (route.kind()) {
                case APP, TENANT -> {
                    assertEquals(404, reply.status(), route.toString());
                    assertEquals("not_found", reply.error().get("code"));
                }
                case GLOBAL -> assertEquals(403, reply.status(), route.toString());
                case LIST -> assertEquals(List.of(), reply.expect(200).list());
                default -> assertTrue(reply.status() < 500, route.toString());
            }
        }
    }

    @Test
    void malformedJsonIsA400NamingTheBody() {
        for (Route route : routes) {
            if (route.body() == null || route.kind() == Kind.WEBHOOK) {
                continue;
            }
            Reply reply = call(route.method(), route.path(), admin, "{\"broken");
            assertEquals(400, reply.status(), route + " " + reply.raw().body());
            assertEquals("invalid_input", reply.error().get("code"), route.toString());
            assertNotNull(reply.error().get("field"), route.toString());
        }
    }

    @Test
    void badValuesAre400NamingTheirField() {
        Map<String, String[]> cases = Map.ofEntries(
                Map.entry("name", new String[] {"POST", "/api/v1/apps", "{\"name\":\"Bad Name\"}"}),
                Map.entry("scope", new String[] {"POST", "/api/v1/tokens", "{\"name\":\"n\",\"scope\":\"tenant\"}"}),
                Map.entry("appId", new String[] {"POST", "/api/v1/tokens", "{\"name\":\"n\",\"scope\":\"app\"}"}),
                Map.entry("allowedIps", new String[] {"POST", "/api/v1/tokens",
                        "{\"name\":\"n\",\"scope\":\"global\",\"allowedIps\":[\"example.com\"]}"}),
                Map.entry("recording.splitMinutes", new String[] {"PATCH", "/api/v1/apps/alpha/config",
                        "{\"recording\":{\"splitMinutes\":7}}"}),
                Map.entry("maxApps", new String[] {"PUT", "/api/v1/tenants/" + tenantA + "/quotas", "{\"maxApps\":-5}"}),
                Map.entry("email", new String[] {"POST", "/api/v1/tenants/" + tenantA + "/members",
                        "{\"email\":\"nope\",\"role\":\"owner\"}"}),
                Map.entry("role", new String[] {"POST", "/api/v1/tenants/" + tenantA + "/members",
                        "{\"email\":\"r@a.test\",\"role\":\"king\"}"}),
                Map.entry("user", new String[] {"POST", "/api/v1/auth/login", "{\"password\":\"x\"}"}),
                Map.entry("callbacks.url", new String[] {"PATCH", "/api/v1/apps/alpha", "{\"callbackUrl\":\"ftp://x\"}"}),
                Map.entry("ttl", new String[] {"POST", "/api/v1/apps/alpha/tokens", "{\"ttl\":\"9d\"}"}),
                Map.entry("inputType", new String[] {"POST", "/api/v1/apps/alpha/ingress", "{\"inputType\":\"srt\"}"}),
                Map.entry("url", new String[] {"POST", "/api/v1/apps/alpha/ingress", "{\"inputType\":\"url\"}"}),
                Map.entry("trackSid", new String[] {"POST", "/api/v1/apps/alpha/rooms/r1/participants/p1/mute", "{\"muted\":true}"}),
                Map.entry("maxParticipants", new String[] {"POST", "/api/v1/apps/alpha/rooms", "{\"maxParticipants\":-1}"}),
                Map.entry("status", new String[] {"PATCH", "/api/v1/cluster/nodes/origin", "{\"status\":\"up\"}"}),
                Map.entry("nodeId", new String[] {"PATCH", "/api/v1/cluster/nodes/node-1", "{}"}),
                Map.entry("pinned", new String[] {"PUT", "/api/v1/apps/alpha/placement", "{\"pinned\":[\"node-1\"]}"}),
                Map.entry("events", new String[] {"POST", "/api/v1/apps/alpha/callbacks", "{\"url\":\"https://203.0.113.10/in\",\"events\":[\"nope\"]}"}),
                Map.entry("secret", new String[] {"POST", "/api/v1/apps/alpha/callbacks", "{\"url\":\"https://203.0.113.10/in\",\"secret\":\"\"}"}),
                Map.entry("limit", new String[] {"GET", "/api/v1/apps/alpha/callbacks/deliveries?limit=0", null}),
                Map.entry("since", new String[] {"GET", "/api/v1/apps/alpha/callbacks/deliveries?since=yesterday", null}),
                Map.entry("audience", new String[] {"POST", "/api/v1/distribution/estimate", "{\"audience\":-1,\"bitrateMbps\":2.5,\"hours\":1}"}),
                Map.entry("useCase", new String[] {"GET", "/api/v1/distribution/recommend?useCase=concert&audience=10", null}),
                Map.entry("app", new String[] {"POST", "/api/v1/apps/Not_An_App/streams/r%2Fp/hls/start", null}));
        cases.forEach((field, c) -> {
            Reply reply = call(c[0], c[1], admin, c[2]);
            assertEquals(400, reply.status(), field + ": " + reply.raw().body());
            assertEquals(field, reply.error().get("field"), reply.raw().body());
        });
    }

    @Test
    void callbackTargetsOnLoopbackPrivateOrLinkLocalAddressesAre400() {
        assertEquals("callbacks.url", call("PATCH", "/api/v1/apps/alpha/config", admin,
                "{\"callbacks\":{\"url\":\"http://169.254.169.254/latest\"}}").expect(400).error().get("field"));
        assertEquals("url", call("POST", "/api/v1/apps/alpha/callbacks", admin, "{\"url\":\"http://127.0.0.1:9/in\"}")
                .expect(400).error().get("field"));
        assertEquals("url", call("POST", "/api/v1/apps/alpha/callbacks", admin, "{\"url\":\"http://[fd00::1]/in\"}")
                .expect(400).error().get("field"));
    }

    @Test
    void wrongTypesAre400NamingTheirField() {
        Reply reply = call("PUT", "/api/v1/tenants/" + tenantA + "/quotas", admin, "{\"maxApps\":\"many\"}");
        assertEquals(400, reply.status(), reply.raw().body());
        assertEquals("maxApps", reply.error().get("field"), reply.raw().body());
        Reply nested = call("PATCH", "/api/v1/apps/alpha/config", admin, "{\"recording\":{\"enabled\":true,\"splitMinutes\":\"ten\"}}");
        assertEquals("recording.splitMinutes", nested.expect(400).error().get("field"), nested.raw().body());
        Reply flag = call("POST", "/api/v1/apps/alpha/tokens", admin, "{\"room\":\"r\",\"canPublish\":\"yes\"}");
        assertEquals("canPublish", flag.expect(400).error().get("field"), flag.raw().body());
    }

    @Test
    void badPathValuesAre400NotServerErrors() {
        assertEquals("name", call("GET", "/api/v1/apps/NOT_A_SLUG", admin, null).expect(400).error().get("field"));
        assertEquals("id", call("DELETE", "/api/v1/tokens/abc", admin, null).expect(400).error().get("field"));
        assertEquals("tenantId", call("GET", "/api/v1/tenants/nope/usage", admin, null).expect(400).error().get("field"));
        assertEquals("purge", call("DELETE", "/api/v1/apps/alpha?purge=maybe", admin, null).expect(400).error().get("field"));
        assertEquals(404, call("DELETE", "/api/v1/tokens/999999", admin, null).status());
    }

    @Test
    void unknownRoutesAndMethodsAnswerInTheApiShape() {
        assertEquals("not_found", call("GET", "/api/v1/nothing-here", admin, null).expect(404).error().get("code"));
        assertEquals("method_not_allowed", call("PUT", "/api/v1/health", admin, "{}").expect(405).error().get("code"));
    }
}
