package io.streamhub.adapter.web.cluster;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.audit.AuditNotes;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.ClusterUseCases;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster registry (catalog 3.12). Join and heartbeat are authenticated by {@code X-Cluster-Token}
 * (checked by the use case, timing-safe); everything else is platform administration.
 */
@Controller("/api/v1/cluster")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cluster")
public class ClusterController {
    /** The audit action of a status change (docs/audit.md); a PATCH without one stays {@code node.update}. */
    private static final Map<NodeStatus, String> AUDIT_ACTIONS = Map.of(NodeStatus.DRAINING, "node.drain",
            NodeStatus.DISABLED, "node.disable", NodeStatus.ACTIVE, "node.activate");

    private final JsonBodies bodies;
    private final JsonMapper json;
    private final ClusterUseCases.JoinClusterUseCase joining;
    private final ClusterUseCases.ManageNodesUseCase nodes;

    public ClusterController(JsonBodies bodies, JsonMapper json, ClusterUseCases.JoinClusterUseCase joining,
                             ClusterUseCases.ManageNodesUseCase nodes) {
        this.bodies = bodies;
        this.json = json;
        this.joining = joining;
        this.nodes = nodes;
    }

    @Serdeable
    record JoinRequest(String name, String ip, String region, String url) {
    }

    @Serdeable
    record HeartbeatRequest(String nodeId, Map<String, Object> stats) {
    }

    @Serdeable
    record PatchRequest(String name, String region, String status) {
    }

    @Serdeable
    public record LiveKitDto(String apiKey, String apiSecret, String wsUrl) {
    }

    @Serdeable
    public record JoinDto(String nodeId, String name, String redisUrl, String publicWsUrl, LiveKitDto livekit) {
    }

    @Serdeable
    public record OkDto(boolean ok) {
    }

    @Serdeable
    public record LoadDto(double cpu, long txBitsPerSecond, int participants, int rooms) {
    }

    @Serdeable
    public record NodeDto(String id, String name, String url, String region, String status, Instant createdAt,
                          Instant lastSeenAt, boolean stale, LoadDto load, Map<String, Object> stats) {
    }

    @Serdeable
    public record DeletedDto(String id, boolean deleted) {
    }

    @Public
    @Post("/join")
    @Operation(summary = "A node joins with X-Cluster-Token (201 new, 200 re-join) and gets the cluster's LiveKit settings")
    public HttpResponse<ApiResponse<JoinDto>> join(@Nullable @Header("X-Cluster-Token") String token,
            @Body @RequestBody(content = @Content(schema = @Schema(implementation = JoinRequest.class))) String rawBody) {
        JoinRequest r = bodies.read(rawBody, JoinRequest.class);
        ClusterUseCases.JoinView v = joining.join(new ClusterUseCases.JoinCommand(token, Params.required(r.name(), "name"),
                Params.required(r.ip(), "ip"), Optional.ofNullable(r.region()), Optional.ofNullable(r.url())));
        JoinDto dto = new JoinDto(v.node().id().value(), v.node().name(), v.redisUrl().orElse(null), v.publicWsUrl().orElse(null),
                new LiveKitDto(v.livekitApiKey(), v.livekitApiSecret(), v.livekitUrl()));
        return HttpResponse.status(v.created() ? HttpStatus.CREATED : HttpStatus.OK).body(ApiResponse.of(dto));
    }

    @Public
    @Post("/heartbeat")
    @Operation(summary = "A node reports it is alive, with optional stats (a JSON object of at most 4 KB)")
    public ApiResponse<OkDto> heartbeat(@Nullable @Header("X-Cluster-Token") String token,
            @Body @RequestBody(content = @Content(schema = @Schema(implementation = HeartbeatRequest.class))) String rawBody) {
        HeartbeatRequest r = bodies.read(rawBody, HeartbeatRequest.class);
        NodeId id = new NodeId(Params.required(r.nodeId(), "nodeId"));
        joining.heartbeat(new ClusterUseCases.HeartbeatCommand(token, id, Optional.ofNullable(r.stats()).map(this::report)));
        return ApiResponse.of(new OkDto(true));
    }

    private ClusterUseCases.Report report(Map<String, Object> stats) {
        try {
            return ClusterUseCases.Report.of(stats, json.writeValueAsString(stats));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GlobalScope
    @Get("/nodes")
    @Operation(summary = "Every node, oldest first, with its load, stats and whether it is stale")
    public ApiResponse<List<NodeDto>> nodes() {
        return ApiResponse.of(nodes.nodes().stream().map(this::dto).toList());
    }

    @GlobalScope
    @Patch("/nodes/{id}")
    @Operation(summary = "Drain, disable or re-activate a node; rename it or change its region")
    public ApiResponse<NodeDto> update(String id, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = PatchRequest.class))) String rawBody) {
        PatchRequest r = bodies.read(rawBody, PatchRequest.class);
        Optional<NodeStatus> status = Optional.ofNullable(r.status()).map(NodeStatus::parse);
        status.ifPresent(s -> AuditNotes.action(AUDIT_ACTIONS.get(s)));
        return ApiResponse.of(dto(nodes.update(new NodeId(id), new ClusterUseCases.NodeChanges(Optional.ofNullable(r.name()),
                Optional.ofNullable(r.region()), status))));
    }

    @GlobalScope
    @Delete("/nodes/{id}")
    @Operation(summary = "Remove a node from the registry")
    public ApiResponse<DeletedDto> delete(String id) {
        nodes.delete(new NodeId(id));
        return ApiResponse.of(new DeletedDto(id, true));
    }

    @GlobalScope
    @Get("/info")
    @Operation(summary = "Whether joining is enabled, node count, staleness threshold and the join command (never the token)")
    public ApiResponse<ClusterUseCases.ClusterInfoView> info() {
        return ApiResponse.of(nodes.info());
    }

    @SuppressWarnings("unchecked")
    private NodeDto dto(ClusterUseCases.NodeView v) {
        Node n = v.node();
        Map<String, Object> stats;
        try {
            stats = json.readValue(v.statsJson(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NodeDto(n.id().value(), n.name(), n.url(), n.region().orElse(null), n.status().key(), n.createdAt(),
                n.lastSeenAt().orElse(null), v.stale(),
                new LoadDto(n.load().cpu(), n.load().txBitsPerSecond(), n.load().participants(), n.load().rooms()), stats);
    }
}
