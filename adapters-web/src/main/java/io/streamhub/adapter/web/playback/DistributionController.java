package io.streamhub.adapter.web.playback;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Operations on an app's CDN: purging cached paths through its provider. */
@Controller("/api/v1/apps/{app}/distribution")
@Tag(name = "playback")
public class DistributionController {
    private final PlaybackUseCases.PurgeCdnUseCase purge;
    private final JsonBodies bodies;

    public DistributionController(PlaybackUseCases.PurgeCdnUseCase purge, JsonBodies bodies) {
        this.purge = purge;
        this.bodies = bodies;
    }

    @Serdeable
    record PurgeRequest(List<String> paths) {
    }

    @Serdeable
    public record PurgeDto(String provider, int paths) {
    }

    @Post("/purge")
    @RequiresPermission(resource = Resource.CONFIG, action = Action.WRITE)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Purge paths (e.g. /hls/<app>/<room>/index.m3u8) from the app's CDN; 409 without a provider, "
            + "502 cdn_error when the provider refuses")
    public ApiResponse<PurgeDto> purge(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = PurgeRequest.class))) String rawBody) {
        PurgeRequest body = bodies.read(rawBody, PurgeRequest.class);
        PlaybackUseCases.PurgeResult result = purge.purge(AppName.parse("app", app), Params.required(body.paths(), "paths"));
        return ApiResponse.of(new PurgeDto(result.provider(), result.paths()));
    }
}
