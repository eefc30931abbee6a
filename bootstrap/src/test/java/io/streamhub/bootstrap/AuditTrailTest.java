package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.streamhub.adapter.livekit.LiveKitMediaServerGateway;
import io.streamhub.adapter.web.audit.AuditActions;
import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail end to end: each listed action done over HTTP leaves an entry naming the principal
 * (break-glass admin, dashboard user, {@code sk_} token) and the client address resolved from
 * X-Forwarded-For behind the trusted proxy 127.0.0.1; refusals are recorded as denied; entries cannot be
 * changed through the API or by SQL; no secret the test used appears in the trail.
 */
@MicronautTest(transactional = false)
class AuditTrailTest extends ApiTestSupport {
    static final FakeMediaServer MEDIA = new FakeMediaServer();

    @Inject
    Router router;

    String admin;
    String tenantId;
    String owner;
    String ownerId;
    String globalToken;
    long globalTokenId;
    final List<String> secrets = new ArrayList<>(List.of(ADMIN_PASS, "password-123", "password-456", CLUSTER_TOKEN, LIVEKIT_SECRET));

    @Override
    Map<String, String> extraProperties() {
        return Map.of("streamhub.trusted-proxies", "127.0.0.1/32");
    }

    @MockBean(LiveKitMediaServerGateway.class)
    MediaServerGateway fakeMediaServer() {
        return MEDIA;
    }

    /** Sends the request as if from {@code ip} through the trusted proxy. */
    Reply from(String ip, String method, String path, String bearer, String body) {
        return call(method, path, bearer, body, "X-Forwarded-For", "192.0.2.99, " + ip);
    }

    @BeforeAll
    void world() {
        admin = adminJwt();
        secrets.add(admin);
        tenantId = createTenant(admin, "Audited");
        owner = memberJwt(admin, tenantId, "owner@audit.test", "owner");
        secrets.add(owner);
        ownerId = (String) call("GET", "/api/v1/auth/me", owner, null).expect(200).data().get("userId");
        Map<String, Object> minted = from("198.51.100.10", "POST", "/api/v1/tokens", admin, "{\"name\":\"ops\",\"scope\":\"global\"}")
                .expect(201).data();
        globalToken = (String) minted.get("token");
        globalTokenId = ((Number) minted.get("id")).longValue();
        secrets.add(globalToken);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** A plain JDBC connection to the global store, as an operator with shell access would open. */
    Connection sql() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("data/streamhub.db"));
    }

    List<Map<String, Object>> entries(String query) {
        return call("GET", "/api/v1/audit?limit=500" + (query.isEmpty() ? "" : "&" + query), admin, null).expect(200).list();
    }

    /** The newest entry of that action whose target id is {@code target} (any target when null). */
    @SuppressWarnings("unchecked")
    Map<String, Object> latest(String action, String target) {
        return entries("action=" + action).stream()
                .filter(e -> target == null || target.equals(((Map<String, Object>) e.get("target")).get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry " + action + " " + target + " in " + entries("")));
    }

    @SuppressWarnings("unchecked")
    static void assertActor(Map<String, Object> entry, String kind, String id) {
        Map<String, Object> actor = (Map<String, Object>) entry.get("actor");
        assertEquals(kind, actor.get("kind"), entry::toString);
        assertEquals(id, actor.get("id"), entry::toString);
    }

    static void assertFrom(Map<String, Object> entry, String ip, String outcome) {
        assertEquals(ip, entry.get("ip"), entry::toString);
        assertEquals(outcome, entry.get("outcome"), entry::toString);
    }

    // ---- coverage ------------------------------------------------------------------------------

    @Test
    void everyMutatingRouteIsAuditedOrLeftOutWithAReason() {
        Set<String> undecided = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String method = route.getHttpMethodName();
            String template = route.getUriMatchTemplate().toString();
            boolean mutating = Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
            if (mutating && template.startsWith("/api/") && !AuditActions.isDecided(method, template)) {
                undecided.add(method + " " + template);
            }
        }
        assertEquals(Set.of(), undecided, "map new mutating routes in AuditActions (or leave them out with a reason)");
    }

    // ---- each action, its principal and its address ---------------------------------------------

    @Test
    void breakGlassAdminActionsAreRecordedWithTheAdminAndTheForwardedAddress() {
        String ip = "198.51.100.10";
        Map<String, Object> mint = latest("token.mint", Long.toString(globalTokenId));
        assertActor(mint, "admin", "admin");
        assertFrom(mint, ip, "success");
        assertEquals("POST", mint.get("method"));
        assertEquals("/api/v1/tokens", mint.get("route"));

        long doomed = ((Number) from(ip, "POST", "/api/v1/tokens", admin, "{\"name\":\"tmp\",\"scope\":\"global\"}")
                .expect(201).data().get("id")).longValue();
        from(ip, "DELETE", "/api/v1/tokens/" + doomed, admin, null).expect(204);
        Map<String, Object> revoke = latest("token.revoke", Long.toString(doomed));
        assertActor(revoke, "admin", "admin");
        assertFrom(revoke, ip, "success");

        String tenant = (String) from(ip, "POST", "/api/v1/tenants", admin, "{\"name\":\"Other\"}").expect(201).data().get("id");
        assertFrom(latest("tenant.create", tenant), ip, "success");
        from(ip, "POST", "/api/v1/tenants/" + tenant + "/members", admin,
                "{\"email\":\"viewer@audit.test\",\"role\":\"viewer\",\"password\":\"password-456\"}").expect(201);
        assertActor(latest("tenant.member.add", tenant), "admin", "admin");
        from(ip, "PUT", "/api/v1/tenants/" + tenant + "/quotas", admin, "{\"maxApps\":7}").expect(200);
        assertFrom(latest("tenant.quotas.change", tenant), ip, "success");

        from(ip, "GET", "/api/v1/tokens", admin, null).expect(200);
        assertFrom(latest("token.list", null), ip, "success");
    }

    @Test
    void nodeOperationsAreNamedByWhatTheyDo() {
        String ip = "198.51.100.20";
        String node = (String) call("POST", "/api/v1/cluster/join", null, "{\"name\":\"edge-a\",\"ip\":\"127.0.0.1\"}",
                "X-Cluster-Token", CLUSTER_TOKEN, "X-Forwarded-For", ip).expect(201).data().get("nodeId");
        try {
            nodeActions(ip, node);
        } finally {
            call("DELETE", "/api/v1/cluster/nodes/" + node, admin, null); // a node without LiveKit would refuse rooms elsewhere
        }
    }

    private void nodeActions(String ip, String node) {
        Map<String, Object> join = latest("node.join", node);
        assertActor(join, "anonymous", "-");
        assertFrom(join, ip, "success");
        for (String[] change : new String[][] {{"draining", "node.drain"}, {"disabled", "node.disable"}, {"active", "node.activate"}}) {
            from(ip, "PATCH", "/api/v1/cluster/nodes/" + node, globalToken, "{\"status\":\"" + change[0] + "\"}").expect(200);
            Map<String, Object> entry = latest(change[1], node);
            assertActor(entry, "token", Long.toString(globalTokenId));
            assertFrom(entry, ip, "success");
        }
        from(ip, "PATCH", "/api/v1/cluster/nodes/" + node, globalToken, "{\"region\":\"eu\"}").expect(200);
        assertFrom(latest("node.update", node), ip, "success");
        from(ip, "DELETE", "/api/v1/cluster/nodes/" + node, admin, null).expect(200);
        assertActor(latest("node.delete", node), "admin", "admin");
    }

    @Test
    void aDashboardUsersAppActionsAreRecordedWithTheirIdAndEmail() {
        String ip = "203.0.113.30";
        from(ip, "POST", "/api/v1/apps", owner, "{\"name\":\"shop\"}").expect(201);
        Map<String, Object> create = latest("app.create", "shop");
        assertActor(create, "user", ownerId);
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = (Map<String, Object>) create.get("actor");
        assertEquals("owner@audit.test", actor.get("email"));
        assertEquals("shop", create.get("app"));
        assertFrom(create, ip, "success");

        from(ip, "PATCH", "/api/v1/apps/shop", owner, "{\"displayName\":\"Shop\"}").expect(200);
        assertFrom(latest("app.update", "shop"), ip, "success");
        from(ip, "PATCH", "/api/v1/apps/shop/config", owner, "{\"features\":{\"chat\":true}}").expect(200);
        assertFrom(latest("app.config.change", "shop"), ip, "success");
        from(ip, "GET", "/api/v1/apps/shop/config", owner, null).expect(200);
        assertFrom(latest("app.config.read", "shop"), ip, "success");

        String endpoint = (String) from(ip, "POST", "/api/v1/apps/shop/callbacks", owner,
                "{\"url\":\"https://203.0.113.10/in\",\"secret\":\"whsec-audit-0123456789abcdef\"}").expect(201).data().get("id");
        secrets.add("whsec-audit-0123456789abcdef");
        Map<String, Object> cb = latest("callback.create", endpoint);
        assertEquals("shop", cb.get("app"));
        assertFrom(cb, ip, "success");
        from(ip, "PATCH", "/api/v1/apps/shop/callbacks/" + endpoint, owner, "{\"enabled\":false,\"secret\":\"whsec-two-0123456789\"}")
                .expect(200);
        secrets.add("whsec-two-0123456789");
        assertFrom(latest("callback.update", endpoint), ip, "success");
        Reply redeliver = from(ip, "POST", "/api/v1/apps/shop/callbacks/deliveries/D_unknown/redeliver", owner, null);
        Map<String, Object> re = latest("callback.delivery.redeliver", "D_unknown");
        assertActor(re, "user", ownerId);
        assertFrom(re, ip, "failed");
        assertEquals(redeliver.error().get("code"), re.get("errorCode"));
        from(ip, "DELETE", "/api/v1/apps/shop/callbacks/" + endpoint, owner, null).expect(200);
        assertFrom(latest("callback.delete", endpoint), ip, "success");

        from(ip, "DELETE", "/api/v1/apps/shop", owner, null).expect(200);
        assertFrom(latest("app.delete", "shop"), ip, "success");
    }

    @Test
    void anApiTokensMediaActionsAreRecordedWithTheTokenId() {
        String ip = "203.0.113.40";
        String token = Long.toString(globalTokenId);
        createApp(admin, "studio");
        String room = (String) from(ip, "POST", "/api/v1/apps/studio/rooms", globalToken, "{\"name\":\"r1\"}").expect(201).data().get("name");
        Map<String, Object> created = latest("room.create", room);
        assertActor(created, "token", token);
        assertEquals("studio", created.get("app"));
        assertFrom(created, ip, "success");

        MEDIA.join(room, new ParticipantInfo("PA_bob", "bob", "bob", "ACTIVE", false, false,
                List.of(new TrackInfo("TR_V", TrackInfo.Kind.VIDEO, "camera", "cam", false)), Instant.EPOCH));
        from(ip, "POST", "/api/v1/apps/studio/rooms/" + room + "/participants/bob/mute", globalToken,
                "{\"trackSid\":\"TR_V\",\"muted\":true}").expect(200);
        assertFrom(latest("participant.mute", "bob"), ip, "success");
        from(ip, "DELETE", "/api/v1/apps/studio/rooms/" + room + "/participants/bob", globalToken, null);
        Map<String, Object> kick = latest("participant.kick", "bob");
        assertActor(kick, "token", token);
        assertEquals(ip, kick.get("ip"));

        Map<String, Object> ingress = from(ip, "POST", "/api/v1/apps/studio/ingress", globalToken,
                "{\"inputType\":\"rtmp\",\"room\":\"r1\"}").expect(201).data();
        String ingressId = (String) ingress.get("ingressId");
        if (ingress.get("streamKey") != null) {
            secrets.add((String) ingress.get("streamKey"));
        }
        if (ingress.get("password") != null) {
            secrets.add((String) ingress.get("password"));
        }
        assertFrom(latest("ingress.create", ingressId), ip, "success");
        from(ip, "DELETE", "/api/v1/apps/studio/ingress/" + ingressId, globalToken, null).expect(200);
        assertFrom(latest("ingress.delete", ingressId), ip, "success");

        Reply stop = from(ip, "DELETE", "/api/v1/apps/studio/streams/studio-r1%2Fbob", globalToken, null);
        Map<String, Object> stopped = latest("stream.stop", null);
        assertActor(stopped, "token", token);
        assertEquals(ip, stopped.get("ip"));
        assertEquals(stop.status(), ((Number) stopped.get("status")).intValue());

        from(ip, "DELETE", "/api/v1/apps/studio/rooms/" + room, globalToken, null).expect(200);
        assertFrom(latest("room.delete", room), ip, "success");
    }

    @Test
    void signInsAreRecordedSuccessfulOrNot() {
        String ip = "198.51.100.50";
        from(ip, "POST", "/api/v1/auth/login", null, "{\"user\":\"owner@audit.test\",\"password\":\"password-123\"}").expect(200);
        Map<String, Object> ok = latest("auth.login", null);
        assertActor(ok, "user", ownerId);
        assertFrom(ok, ip, "success");

        from(ip, "POST", "/api/v1/auth/login", null, "{\"user\":\"owner@audit.test\",\"password\":\"wrong-password-9\"}").expect(401);
        secrets.add("wrong-password-9");
        Map<String, Object> failed = latest("auth.login", null);
        assertActor(failed, "anonymous", "-");
        assertFrom(failed, ip, "denied");
        assertEquals("unauthorized", failed.get("errorCode"));
    }

    @Test
    void refusedAttemptsAreRecordedAsDeniedWithTheirCode() {
        String ip = "203.0.113.60";
        String ownerB = memberJwt(admin, createTenant(admin, "Stranger"), "stranger@audit.test", "owner");
        secrets.add(ownerB);
        createApp(owner, "guarded");

        from(ip, "DELETE", "/api/v1/apps/guarded", ownerB, null).expect(404);
        Map<String, Object> hidden = latest("app.delete", "guarded");
        assertActor(hidden, "user", (String) call("GET", "/api/v1/auth/me", ownerB, null).data().get("userId"));
        assertFrom(hidden, ip, "denied");
        assertEquals("not_found", hidden.get("errorCode"));

        from(ip, "POST", "/api/v1/tokens", owner, "{\"name\":\"x\",\"scope\":\"global\"}").expect(403);
        Map<String, Object> forbidden = latest("token.mint", null);
        assertActor(forbidden, "user", ownerId);
        assertFrom(forbidden, ip, "denied");
        assertEquals("forbidden", forbidden.get("errorCode"));

        from(ip, "PATCH", "/api/v1/apps/guarded/config", null, "{\"features\":{}}").expect(401);
        Map<String, Object> anonymous = latest("app.config.change", "guarded");
        assertActor(anonymous, "anonymous", "-");
        assertFrom(anonymous, ip, "denied");
        assertEquals("unauthorized", anonymous.get("errorCode"));

        assertTrue(entries("outcome=denied").size() >= 3);
        assertTrue(entries("outcome=denied").stream().allMatch(e -> "denied".equals(e.get("outcome"))));
    }

    // ---- the API reads, filters and pages; nothing writes ---------------------------------------

    @Test
    void filtersPageNewestFirst() {
        String since = Instant.now().minusSeconds(1).toString();
        for (int i = 0; i < 3; i++) {
            from("198.51.100.70", "PUT", "/api/v1/tenants/" + tenantId + "/quotas", admin, "{\"maxApps\":" + (3 + i) + "}").expect(200);
        }
        Reply page = call("GET", "/api/v1/audit?action=tenant.quotas.change&actor=admin:admin&since=" + since + "&limit=2&offset=1",
                admin, null).expect(200);
        assertEquals(2, page.list().size());
        assertTrue(((Number) page.body().get("total")).longValue() >= 3);
        assertEquals(2, ((Number) page.body().get("limit")).intValue());
        assertEquals(1, ((Number) page.body().get("offset")).intValue());
        assertNull(page.body().get("error"));
        List<String> times = entries("action=tenant.quotas.change").stream().map(e -> (String) e.get("at")).toList();
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, times, "newest first");
        assertEquals(List.of(), entries("action=tenant.quotas.change&until=" + since));
        assertFalse(entries("actor=owner@audit.test").isEmpty());
        assertTrue(entries("app=studio").stream().allMatch(e -> "studio".equals(e.get("app"))));
        assertEquals("outcome", call("GET", "/api/v1/audit?outcome=maybe", admin, null).expect(400).error().get("field"));
        assertEquals("since", call("GET", "/api/v1/audit?since=yesterday", admin, null).expect(400).error().get("field"));
        assertEquals("limit", call("GET", "/api/v1/audit?limit=0", admin, null).expect(400).error().get("field"));
        assertFrom(latest("audit.read", null), "127.0.0.1", "failed");
    }

    @Test
    void noRouteWritesChangesOrDeletesAnEntry() {
        long first = ((Number) entries("").get(0).get("id")).longValue();
        long before = ((Number) call("GET", "/api/v1/audit", admin, null).expect(200).body().get("total")).longValue();
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            int status = call(method, "/api/v1/audit", admin, "{\"action\":\"x\"}").status();
            assertTrue(status == 404 || status == 405, method + " /api/v1/audit answered " + status);
            status = call(method, "/api/v1/audit/" + first, admin, "{\"action\":\"x\"}").status();
            assertTrue(status == 404 || status == 405, method + " /api/v1/audit/{id} answered " + status);
        }
        Reply after = call("GET", "/api/v1/audit", admin, null).expect(200);
        // the GET above is itself an audit.read entry; nothing else was added, changed or removed
        assertEquals(before + 1, ((Number) after.body().get("total")).longValue());
        assertTrue(after.list().stream().noneMatch(e -> "x".equals(e.get("action"))));
    }

    @Test
    void sqlCannotUpdateOrDeleteAnEntry() throws SQLException {
        try (Connection c = sql(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_log SET action = 'x.y'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            try (ResultSet rows = s.executeQuery("SELECT count(*) FROM audit_log WHERE action = 'x.y'")) {
                rows.next();
                assertEquals(0, rows.getLong(1));
            }
        }
    }

    @Test
    void noSecretAppearsInAnyEntry() throws SQLException {
        // make sure the secret-bearing routes have been through the trail in this run
        anApiTokensMediaActionsAreRecordedWithTheTokenIdIfNotYet();
        StringBuilder everything = new StringBuilder();
        try (Connection c = sql(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT * FROM audit_log")) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    everything.append(rows.getString(i)).append('|');
                }
                everything.append('\n');
            }
        }
        everything.append(call("GET", "/api/v1/audit?limit=500", admin, null).expect(200).raw().body());
        assertNotEquals(0, everything.length());
        for (String secret : secrets) {
            assertFalse(everything.toString().contains(secret), "a secret leaked into the audit trail");
        }
        assertFalse(everything.toString().contains("sk_"), "no sk_ token value in the trail");
        assertFalse(everything.toString().contains("password"), "no password field in the trail");
    }

    private void anApiTokensMediaActionsAreRecordedWithTheTokenIdIfNotYet() {
        if (call("GET", "/api/v1/apps/secretive", admin, null).status() == 404) {
            createApp(admin, "secretive");
        }
        Map<String, Object> ingress = call("POST", "/api/v1/apps/secretive/ingress", globalToken, "{\"inputType\":\"rtmp\"}").expect(201).data();
        for (String field : List.of("streamKey", "password")) {
            if (ingress.get(field) instanceof String value && value.length() > 3) {
                secrets.add(value);
            }
        }
        call("POST", "/api/v1/apps/secretive/callbacks", globalToken,
                "{\"url\":\"https://203.0.113.10/in\",\"secret\":\"whsec-never-in-audit-42\"}").expect(201);
        secrets.add("whsec-never-in-audit-42");
        String minted = (String) call("POST", "/api/v1/tokens", admin, "{\"name\":\"leak\",\"scope\":\"global\"}").expect(201)
                .data().get("token");
        secrets.add(minted);
    }
}
