package io.streamhub.adapter.web.vod;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.RecordingUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

/** Starting and stopping recordings of the app's rooms; the VOD follows the egress webhooks. */
@Controller("/api/v1/apps/{app}/recording")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vods")
public class RecordingController {
    private final JsonBodies bodies;
    private final RecordingUseCases.StartRecordingUseCase start;
    private final RecordingUseCases.StopRecordingUseCase stop;

    public RecordingController(JsonBodies bodies, RecordingUseCases.StartRecordingUseCase start, RecordingUseCases.StopRecordingUseCase stop) {
        this.bodies = bodies;
        this.start = start;
        this.stop = stop;
    }

    @Serdeable
    record StartRequest(String roomName, String streamId) {
    }

    @Serdeable
    public record RecordingDto(long vodId, String egressId, String room, String status) {
        static RecordingDto of(Vod vod) {
            return new RecordingDto(vod.id(), vod.egressId(), vod.room(), vod.status().key());
        }
    }

    @Post("/start")
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.RECORDING, action = Action.START)
    @Operation(summary = "Record a live room of the app (room-composite or participant per config); 404 for a room the app does not have")
    public ApiResponse<RecordingDto> start(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = StartRequest.class))) String rawBody) {
        StartRequest r = bodies.read(rawBody, StartRequest.class);
        return ApiResponse.of(RecordingDto.of(start.start(new RecordingUseCases.StartRecordingCommand(AppName.parse("app", app),
                Params.required(r.roomName(), "roomName"), Optional.ofNullable(r.streamId())))));
    }

    @Post("/{id}/stop")
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.RECORDING, action = Action.STOP)
    @Operation(summary = "Stop a recording (VOD id or egress id); the upload follows the egress_ended webhook")
    public ApiResponse<RecordingDto> stop(String app, String id) {
        return ApiResponse.of(RecordingDto.of(stop.stop(AppName.parse("app", app), id)));
    }
}
