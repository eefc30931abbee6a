package io.streamhub.adapter.web.stream;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.stream.Stream;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;

/** Live streams: one per publishing participant, id {@code <room>/<identity>} (URL-encode the slash as %2F). */
@Controller("/api/v1/apps/{app}/streams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "streams")
public class StreamController {
    private final MediaUseCases.LiveStreamsUseCase streams;

    public StreamController(MediaUseCases.LiveStreamsUseCase streams) {
        this.streams = streams;
    }

    /** {@code viewers} and {@code participants} are null when unknown (ended, or LiveKit unreachable). */
    @Serdeable
    public record StreamDto(String id, String type, String room, String participant, String status, Instant startedAt,
                            Instant endedAt, Integer viewers, Integer participants) {
        static StreamDto from(MediaUseCases.StreamView view) {
            Stream s = view.stream();
            return new StreamDto(s.streamId(), s.type().key(), s.room(), s.participant(), s.active() ? "active" : "ended",
                    s.startedAt(), s.endedAt().orElse(null), view.viewers().orElse(null), view.participants().orElse(null));
        }
    }

    @Get
    @RequiresPermission(resource = Resource.STREAM, action = Action.READ)
    @Operation(summary = "Active streams, newest first, reconciled with LiveKit")
    public ApiResponse<List<StreamDto>> list(String app) {
        return ApiResponse.of(streams.active(AppName.parse("app", app)).stream().map(StreamDto::from).toList());
    }

    @Get("/{id}")
    @RequiresPermission(resource = Resource.STREAM, action = Action.READ)
    @Operation(summary = "One stream, active or ended")
    public ApiResponse<StreamDto> get(String app, String id) {
        return ApiResponse.of(StreamDto.from(streams.get(AppName.parse("app", app), id)));
    }

    @Delete("/{id}")
    @RequiresPermission(resource = Resource.STREAM, action = Action.STOP)
    @Operation(summary = "Stop a stream: its publisher is removed or its ingress deleted")
    public HttpResponse<Void> stop(String app, String id) {
        streams.stop(AppName.parse("app", app), id);
        return HttpResponse.noContent();
    }
}
