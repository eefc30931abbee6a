package io.streamhub.adapter.web.hls;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.HlsUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Live HLS of a stream's room (id {@code <room>/<identity>}, slash encoded as {@code %2F}): start
 * and stop the room's HLS egress, read its state. {@code playlistUrl} is absolute, on
 * {@code PUBLIC_BASE_URL} when set, else on the request's own host.
 */
@Controller("/api/v1/apps/{app}/streams/{id}/hls")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "streams")
public class HlsEgressController {
    private final HlsUseCases.StartHlsUseCase start;
    private final HlsUseCases.StopHlsUseCase stop;
    private final HlsUseCases.HlsStatusUseCase status;
    private final String publicBaseUrl;

    public HlsEgressController(HlsUseCases.StartHlsUseCase start, HlsUseCases.StopHlsUseCase stop, HlsUseCases.HlsStatusUseCase status,
                               @Value("${streamhub.public-base-url:}") String publicBaseUrl) {
        this.start = start;
        this.stop = stop;
        this.status = status;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** {@code egressId} is null when no HLS egress runs; {@code active}: running, or a playlist is still on disk. */
    @Serdeable
    public record HlsDto(String streamId, String room, String egressId, boolean active, String status, String playlistUrl) {
    }

    private HlsDto dto(HlsUseCases.HlsView view, HttpRequest<?> request) {
        String base = publicBaseUrl;
        if (base.isEmpty()) {
            String host = request.getHeaders().get("Host");
            base = host == null ? "" : "http://" + host;
        }
        return new HlsDto(view.streamId(), view.room(), view.egressId().orElse(null), view.active(),
                view.egressId().isPresent() && view.active() ? "active" : "inactive", base + view.playlistPath());
    }

    @Post("/start")
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.STREAM, action = Action.START)
    @Operation(summary = "Start live HLS of the stream's room (idempotent: a running HLS egress of the room is reused)")
    public ApiResponse<HlsDto> start(String app, String id, HttpRequest<?> request) {
        return ApiResponse.of(dto(start.start(AppName.parse("app", app), id), request));
    }

    @Post("/stop")
    @RequiresPermission(resource = Resource.STREAM, action = Action.STOP)
    @Operation(summary = "Stop live HLS of the stream's room; its segments stay for the grace period")
    public ApiResponse<HlsDto> stop(String app, String id, HttpRequest<?> request) {
        return ApiResponse.of(dto(stop.stop(AppName.parse("app", app), id), request));
    }

    @Get
    @RequiresPermission(resource = Resource.STREAM, action = Action.READ)
    @Operation(summary = "Live HLS state of the stream's room and its playlist URL")
    public ApiResponse<HlsDto> status(String app, String id, HttpRequest<?> request) {
        return ApiResponse.of(dto(status.status(AppName.parse("app", app), id), request));
    }
}
