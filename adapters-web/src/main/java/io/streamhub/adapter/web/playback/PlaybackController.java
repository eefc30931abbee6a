package io.streamhub.adapter.web.playback;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.PublicPlayback;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.adapter.web.security.RouteSecurityRule;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.ViewerRole;
import io.streamhub.domain.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * The viewer router (docs/distribution.md): how one viewer plays one room now, and the players' byte
 * counters. Open without credentials for apps with public playback; otherwise read access to the app.
 */
@Controller("/api/v1/apps/{app}/playback/{room}")
@Tag(name = "playback")
public class PlaybackController {
    private final PlaybackUseCases.PlanPlaybackUseCase plans;
    private final PlaybackUseCases.RecordPlaybackStatsUseCase stats;
    private final JsonBodies bodies;
    private final String defaultWsUrl;
    private final String publicBaseUrl;

    public PlaybackController(PlaybackUseCases.PlanPlaybackUseCase plans, PlaybackUseCases.RecordPlaybackStatsUseCase stats,
                              JsonBodies bodies,
                              @Value("${streamhub.livekit.public-ws-url:}") String publicWsUrl,
                              @Value("${streamhub.livekit.url:}") String livekitUrl,
                              @Value("${streamhub.public-base-url:}") String publicBaseUrl) {
        this.plans = plans;
        this.stats = stats;
        this.bodies = bodies;
        this.defaultWsUrl = publicWsUrl.isBlank() ? livekitUrl : publicWsUrl;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Serdeable
    public record WebrtcDto(String wsUrl, String token, String nodeId) {
    }

    @Serdeable
    public record HlsDto(String url, String provider) {
    }

    @Serdeable
    public record P2pDto(List<String> trackers, String swarmId, List<String> stun, int maxPeers) {
    }

    /** Exactly one of {@code webrtc} and {@code hls} is set; {@code p2p} only on top of HLS. */
    @Serdeable
    public record PlaybackDto(String app, String room, String mode, String protocol, String reason, boolean live,
                              WebrtcDto webrtc, HlsDto hls, P2pDto p2p) {
    }

    @Serdeable
    record StatsRequest(String viewerId, Long p2pBytes, Long httpBytes) {
    }

    @Serdeable
    public record StatsAccepted(boolean accepted) {
    }

    @Get
    @PublicPlayback
    @RequiresPermission(resource = Resource.STREAM, action = Action.READ)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "How a viewer plays a room now: WebRTC through a node, or HLS (CDN or origin) with P2P when enabled. "
            + "Public when the app has features.publicPlayback and not playback.private; 503 audience_full/no_capacity when it cannot")
    public ApiResponse<PlaybackDto> plan(String app, String room, @Nullable @QueryValue String role, @Nullable @QueryValue String region,
                                         @Nullable @QueryValue String identity, @Parameter(hidden = true) HttpRequest<?> request) {
        boolean anonymous = request.getAttribute(RouteSecurityRule.PRINCIPAL_ATTRIBUTE).isEmpty();
        if (region != null && (region.length() > 64 || !region.matches("^[A-Za-z0-9._-]+$"))) {
            throw new InvalidInputException("region", "region must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        PlaybackUseCases.PlaybackView view = plans.plan(new PlaybackUseCases.PlanPlaybackQuery(AppName.parse("app", app), room,
                ViewerRole.parse("role", role), Params.text(region), Params.text(identity), originBase(request), anonymous));
        return ApiResponse.of(new PlaybackDto(view.app(), view.room(), view.mode().wireName(), view.protocol().wireName(),
                view.reason(), view.live(),
                view.webrtc().map(w -> new WebrtcDto(w.nodeUrl().orElse(defaultWsUrl), w.token(), w.nodeId().orElse(null))).orElse(null),
                view.hls().map(h -> new HlsDto(h.url(), h.provider())).orElse(null),
                view.p2p().map(p -> new P2pDto(p.trackers(), p.swarmId(), p.stun(), p.maxPeers())).orElse(null)));
    }

    @Post("/stats")
    @PublicPlayback
    @RequiresPermission(resource = Resource.STREAM, action = Action.READ)
    @Status(HttpStatus.ACCEPTED)
    @Operation(summary = "A player's cumulative P2P and HTTP byte counters (the highest per viewer is kept); same access as the plan")
    public ApiResponse<StatsAccepted> stats(String app, String room, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = StatsRequest.class))) String rawBody) {
        StatsRequest body = bodies.read(rawBody, StatsRequest.class);
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(AppName.parse("app", app), room, body.viewerId(),
                Params.required(body.p2pBytes(), "p2pBytes"), Params.required(body.httpBytes(), "httpBytes")));
        return ApiResponse.of(new StatsAccepted(true));
    }

    /** The configured public base URL, else the scheme and host the request came to. */
    private String originBase(HttpRequest<?> request) {
        if (!publicBaseUrl.isEmpty()) {
            return publicBaseUrl;
        }
        String host = request.getHeaders().get("Host");
        boolean plain = host != null && host.matches("^[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$");
        return (request.isSecure() ? "https://" : "http://") + (plain ? host
                : request.getServerAddress().getHostString() + ":" + request.getServerAddress().getPort());
    }
}
