package io.streamhub.adapter.web.room;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.JoinTokenUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.room.JoinGrant;
import io.streamhub.domain.room.JoinRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * LiveKit join tokens for an app's rooms, and public viewer tokens (catalog 3.5). Minting is local
 * work (cached app, config and quota reads, an HMAC), so it runs on the event loop without a thread hop.
 */
@Controller("/api/v1/apps/{app}")
@Tag(name = "rooms")
public class JoinTokenController {
    private final JsonBodies bodies;
    private final JoinTokenUseCases.MintJoinTokenUseCase mint;
    private final JoinTokenUseCases.PlayTokenUseCase play;
    private final String wsUrl;
    private final String publicBaseUrl;

    public JoinTokenController(JsonBodies bodies, JoinTokenUseCases.MintJoinTokenUseCase mint,
                               JoinTokenUseCases.PlayTokenUseCase play,
                               @Value("${streamhub.livekit.public-ws-url:}") String publicWsUrl,
                               @Value("${streamhub.livekit.url:}") String livekitUrl,
                               @Value("${streamhub.public-base-url:}") String publicBaseUrl) {
        this.bodies = bodies;
        this.mint = mint;
        this.play = play;
        this.wsUrl = publicWsUrl.isBlank() ? livekitUrl : publicWsUrl;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    @Serdeable
    record MintRequest(String room, String identity, String name, Boolean canPublish, Boolean canSubscribe, String ttl,
                       String metadata, Boolean hidden, Boolean recorder, Boolean audioOnly) {
    }

    @Serdeable
    public record JoinTokenDto(String token, String app, String room, String identity, boolean canPublish,
                               boolean canSubscribe, boolean hidden, boolean audioOnly, long ttlSeconds, String wsUrl,
                               String playUrl, String embedUrl, String iframe) {
    }

    @Serdeable
    public record PlayTokenDto(String token, String app, String room, String wsUrl, String mode) {
    }

    @Post("/tokens")
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.STREAM, action = Action.WRITE)
    @Operation(summary = "Mint a LiveKit join token for a room of this app (publishers count against maxConcurrentStreams)")
    public ApiResponse<JoinTokenDto> mint(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = MintRequest.class))) String rawBody, @Parameter(hidden = true) Principal actor) {
        MintRequest r = bodies.read(rawBody, MintRequest.class);
        var view = mint.mint(new JoinTokenUseCases.MintJoinTokenCommand(actor, AppName.parse("app", app),
                new JoinRequest(r.room(), r.identity(), r.name(), r.canPublish(), r.canSubscribe(), r.ttl(), r.metadata(),
                        r.hidden(), r.recorder(), r.audioOnly())));
        JoinGrant g = view.grant();
        String appName = view.app().name().value();
        String playUrl = view.cdnBaseUrl().orElse(publicBaseUrl) + "/play/" + appName + "/" + g.room();
        String embedUrl = publicBaseUrl + "/embed/" + appName + "/" + g.room();
        String iframe = "<iframe src=\"" + embedUrl + "\" width=\"640\" height=\"360\" "
                + "allow=\"autoplay; fullscreen; camera; microphone\" allowfullscreen></iframe>";
        return ApiResponse.of(new JoinTokenDto(view.token(), appName, g.room(), g.identity(), g.canPublish(),
                g.canSubscribe(), g.hidden(), g.audioOnly(), g.ttl().toSeconds(), view.nodeUrl().orElse(wsUrl), playUrl, embedUrl, iframe));
    }

    @Public
    @Get("/play-token/{room}")
    @Operation(summary = "A hidden, subscribe-only viewer token (public; 404 unless features.publicPlayback)")
    public ApiResponse<PlayTokenDto> playToken(String app, String room) {
        var view = play.playToken(AppName.parse("app", app), room);
        return ApiResponse.of(new PlayTokenDto(view.token(), view.app().name().value(), view.grant().room(),
                view.nodeUrl().orElse(wsUrl), "viewer"));
    }
}
