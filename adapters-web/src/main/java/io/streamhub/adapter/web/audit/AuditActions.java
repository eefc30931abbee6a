package io.streamhub.adapter.web.audit;

import java.util.Map;
import java.util.Optional;

/**
 * Which routes are audited and under which action name. Keys are {@code METHOD route-template} exactly
 * as the router prints them. Every mutating route ({@code POST PUT PATCH DELETE} under {@code /api}) must
 * be either here or in {@link #NOT_AUDITED} with a reason; a test walks the router to enforce it, so a
 * new route cannot ship unaudited by omission.
 *
 * <p>Recording routes: {@code POST /api/v1/apps/{app}/recording/start} and {@code …/stop} are mapped
 * as {@code recording.start} / {@code recording.stop} with target
 * type {@code recording} (docs/audit.md).
 */
public final class AuditActions {
    private AuditActions() {
    }

    /** Where the target's id comes from: a path variable, a field of the answer's {@code data}, or nowhere. */
    public sealed interface IdSource {
        record PathVariable(String name) implements IdSource {
        }

        /** A created resource's id is only known from the answer (only on success). */
        record AnswerField(String name) implements IdSource {
        }

        record None() implements IdSource {
        }
    }

    /**
     * @param action     the action name, {@code resource.verb}
     * @param targetType the resource type acted on
     * @param id         where the target's id is found
     * @param appVariable the path variable naming the app, if the route is app-scoped
     */
    public record Spec(String action, String targetType, IdSource id, Optional<String> appVariable) {
    }

    private static Spec spec(String action, String type, IdSource id, String appVariable) {
        return new Spec(action, type, id, Optional.ofNullable(appVariable));
    }

    private static IdSource path(String name) {
        return new IdSource.PathVariable(name);
    }

    private static IdSource answer(String name) {
        return new IdSource.AnswerField(name);
    }

    private static final String APPS = "/api/v1/apps";
    private static final String APP = APPS + "/{app}";

    static final Map<String, Spec> AUDITED = Map.ofEntries(
            // sign-in
            Map.entry("POST /api/v1/auth/login", spec("auth.login", "session", new IdSource.None(), null)),
            // API tokens
            Map.entry("POST /api/v1/tokens", spec("token.mint", "token", answer("id"), null)),
            Map.entry("DELETE /api/v1/tokens/{id}", spec("token.revoke", "token", path("id"), null)),
            // apps and their configuration
            Map.entry("POST " + APPS, spec("app.create", "app", answer("name"), null)),
            Map.entry("PATCH " + APPS + "/{name}", spec("app.update", "app", path("name"), "name")),
            Map.entry("DELETE " + APPS + "/{name}", spec("app.delete", "app", path("name"), "name")),
            Map.entry("PATCH " + APPS + "/{name}/config", spec("app.config.change", "config", path("name"), "name")),
            Map.entry("PUT " + APP + "/placement", spec("app.placement.change", "placement", path("app"), "app")),
            Map.entry("POST " + APP + "/storage/test", spec("storage.test", "storage", path("app"), "app")),
            Map.entry("POST " + APP + "/distribution/purge", spec("distribution.purge", "cdn", path("app"), "app")),
            // rooms and participants
            Map.entry("POST " + APP + "/rooms", spec("room.create", "room", answer("name"), "app")),
            Map.entry("DELETE " + APP + "/rooms/{room}", spec("room.delete", "room", path("room"), "app")),
            Map.entry("POST " + APP + "/rooms/{room}/participants/{identity}/mute",
                    spec("participant.mute", "participant", path("identity"), "app")),
            Map.entry("DELETE " + APP + "/rooms/{room}/participants/{identity}",
                    spec("participant.kick", "participant", path("identity"), "app")),
            // ingress and streams
            Map.entry("POST " + APP + "/ingress", spec("ingress.create", "ingress", answer("ingressId"), "app")),
            Map.entry("POST " + APP + "/ingress/{id}/validate", spec("ingress.validate", "ingress", path("id"), "app")),
            Map.entry("DELETE " + APP + "/ingress/{id}", spec("ingress.delete", "ingress", path("id"), "app")),
            Map.entry("DELETE " + APP + "/streams/{id}", spec("stream.stop", "stream", path("id"), "app")),
            Map.entry("POST " + APP + "/streams/{id}/hls/start", spec("hls.start", "stream", path("id"), "app")),
            Map.entry("POST " + APP + "/streams/{id}/hls/stop", spec("hls.stop", "stream", path("id"), "app")),
            // recordings
            Map.entry("DELETE " + APP + "/vods/{id}", spec("vod.delete", "vod", path("id"), "app")),
            Map.entry("POST " + APP + "/recording/start", spec("recording.start", "recording", answer("vodId"), "app")),
            Map.entry("POST " + APP + "/recording/{id}/stop", spec("recording.stop", "recording", path("id"), "app")),
            // callbacks
            Map.entry("POST " + APP + "/callbacks", spec("callback.create", "callback", answer("id"), "app")),
            Map.entry("PATCH " + APP + "/callbacks/{id}", spec("callback.update", "callback", path("id"), "app")),
            Map.entry("DELETE " + APP + "/callbacks/{id}", spec("callback.delete", "callback", path("id"), "app")),
            Map.entry("POST " + APP + "/callbacks/deliveries/{id}/redeliver",
                    spec("callback.delivery.redeliver", "delivery", path("id"), "app")),
            // cluster
            Map.entry("POST /api/v1/cluster/join", spec("node.join", "node", answer("nodeId"), null)),
            Map.entry("PATCH /api/v1/cluster/nodes/{id}", spec("node.update", "node", path("id"), null)),
            Map.entry("DELETE /api/v1/cluster/nodes/{id}", spec("node.delete", "node", path("id"), null)),
            // tenants
            Map.entry("POST /api/v1/tenants", spec("tenant.create", "tenant", answer("id"), null)),
            Map.entry("POST /api/v1/tenants/{tenantId}/members", spec("tenant.member.add", "tenant", path("tenantId"), null)),
            Map.entry("PUT /api/v1/tenants/{tenantId}/quotas", spec("tenant.quotas.change", "tenant", path("tenantId"), null)),
            // network security
            Map.entry("POST /api/v1/security/ip-rules", spec("security.ip_rule.create", "ip_rule", answer("id"), null)),
            Map.entry("DELETE /api/v1/security/ip-rules/{id}", spec("security.ip_rule.delete", "ip_rule", path("id"), null)),
            Map.entry("POST /api/v1/security/bans/{ip}/unban", spec("security.unban", "ip", path("ip"), null)),
            // sensitive reads
            Map.entry("GET /api/v1/tokens", spec("token.list", "token", new IdSource.None(), null)),
            Map.entry("GET " + APPS + "/{name}/config", spec("app.config.read", "config", path("name"), "name")),
            Map.entry("GET /api/v1/audit", spec("audit.read", "audit", new IdSource.None(), null)));

    /** Mutating routes deliberately left out, each with its reason (also in docs/audit.md). */
    public static final Map<String, String> NOT_AUDITED = Map.of(
            "POST " + APP + "/tokens", "LiveKit join tokens are minted per viewer session: data-plane volume, counted by metrics",
            "POST /api/v1/webhooks/livekit", "LiveKit's signed event feed, not a caller's action; its effects are in streams and callbacks",
            "POST /api/v1/cluster/heartbeat", "sent by every node every few seconds; liveness, not a change",
            "POST /api/v1/distribution/estimate", "a calculation on list prices that reads and changes nothing; a POST only "
                    + "because the event is described in a JSON body",
            "POST " + APP + "/playback/{room}/stats", "players' byte counters posted every few seconds by every viewer: data-plane volume, "
                    + "counted by metrics");

    /** The spec of a route, if it is audited. */
    public static Optional<Spec> of(String method, String routeTemplate) {
        return Optional.ofNullable(AUDITED.get(method + " " + routeTemplate));
    }

    /** Whether a mutating route has been decided on: audited, or left out with a reason. */
    public static boolean isDecided(String method, String routeTemplate) {
        String key = method + " " + routeTemplate;
        return AUDITED.containsKey(key) || NOT_AUDITED.containsKey(key);
    }
}
