package io.streamhub.adapter.web.room;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** An app's LiveKit rooms and their participants: list, create, delete, mute, kick. */
@Controller("/api/v1/apps/{app}/rooms")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "rooms")
public class RoomController {
    private final JsonBodies bodies;
    private final MediaUseCases.ManageRoomsUseCase rooms;

    public RoomController(JsonBodies bodies, MediaUseCases.ManageRoomsUseCase rooms) {
        this.bodies = bodies;
        this.rooms = rooms;
    }

    @Get
    @RequiresPermission(resource = Resource.ROOM, action = Action.READ)
    @Operation(summary = "The app's live rooms with participant, publisher and viewer counts")
    public ApiResponse<List<RoomDtos.RoomDto>> list(String app) {
        return ApiResponse.of(rooms.listRooms(AppName.parse("app", app)).stream().map(RoomDtos.RoomDto::from).toList());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.ROOM, action = Action.CREATE)
    @Operation(summary = "Create a room (named inside the app's prefix); with registered nodes it is placed by the policy (503 no_capacity)")
    public ApiResponse<RoomDtos.RoomDto> create(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = RoomDtos.CreateRoomRequest.class))) String rawBody) {
        RoomDtos.CreateRoomRequest r = bodies.read(rawBody, RoomDtos.CreateRoomRequest.class);
        return ApiResponse.of(RoomDtos.RoomDto.from(rooms.createRoom(new MediaUseCases.CreateRoomCommand(AppName.parse("app", app),
                r.name(), r.emptyTimeout() == null ? 300 : r.emptyTimeout(),
                r.maxParticipants() == null ? 0 : r.maxParticipants(), r.metadata(), java.util.Optional.ofNullable(r.region())))));
    }

    @Get("/{room}")
    @RequiresPermission(resource = Resource.ROOM, action = Action.READ)
    @Operation(summary = "One room of the app")
    public ApiResponse<RoomDtos.RoomDto> get(String app, String room) {
        return ApiResponse.of(RoomDtos.RoomDto.from(rooms.room(AppName.parse("app", app), room)));
    }

    @Get("/{room}/placement")
    @RequiresPermission(resource = Resource.ROOM, action = Action.READ)
    @Operation(summary = "The node a room was placed on and the reasons, one per node considered")
    public ApiResponse<RoomDtos.PlacementDto> placement(String app, String room) {
        var p = rooms.placement(AppName.parse("app", app), room);
        return ApiResponse.of(new RoomDtos.PlacementDto(p.room(), p.node().value(), p.reasons(), p.decidedAt()));
    }

    @Delete("/{room}")
    @RequiresPermission(resource = Resource.ROOM, action = Action.DELETE)
    @Operation(summary = "Close a room: every participant is disconnected")
    public ApiResponse<RoomDtos.DeletedRoomDto> delete(String app, String room) {
        AppName name = AppName.parse("app", app);
        rooms.deleteRoom(name, room);
        return ApiResponse.of(new RoomDtos.DeletedRoomDto(room, true));
    }

    @Get("/{room}/participants")
    @RequiresPermission(resource = Resource.ROOM, action = Action.READ)
    @Operation(summary = "Participants of a room with their published tracks")
    public ApiResponse<List<RoomDtos.ParticipantDto>> participants(String app, String room) {
        return ApiResponse.of(rooms.participants(AppName.parse("app", app), room).stream()
                .map(RoomDtos.ParticipantDto::from).toList());
    }

    @Post("/{room}/participants/{identity}/mute")
    @RequiresPermission(resource = Resource.ROOM, action = Action.WRITE)
    @Operation(summary = "Mute or unmute one published track of a participant")
    public ApiResponse<RoomDtos.TrackDto> mute(String app, String room, String identity, @Body @RequestBody(content = @Content(
            schema = @Schema(implementation = RoomDtos.MuteRequest.class))) String rawBody) {
        RoomDtos.MuteRequest r = bodies.read(rawBody, RoomDtos.MuteRequest.class);
        return ApiResponse.of(RoomDtos.TrackDto.from(rooms.mute(new MediaUseCases.MuteCommand(AppName.parse("app", app), room,
                identity, Params.required(r.trackSid(), "trackSid"), Params.required(r.muted(), "muted")))));
    }

    @Delete("/{room}/participants/{identity}")
    @RequiresPermission(resource = Resource.ROOM, action = Action.WRITE)
    @Operation(summary = "Remove (kick) a participant from the room")
    public HttpResponse<Void> kick(String app, String room, String identity) {
        rooms.kick(AppName.parse("app", app), room, identity);
        return HttpResponse.noContent();
    }
}
