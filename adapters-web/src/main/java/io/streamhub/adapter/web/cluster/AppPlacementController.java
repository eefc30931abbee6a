package io.streamhub.adapter.web.cluster;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.placement.AppPlacement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An app's say in where its rooms go: pinned nodes (only these) and denied nodes (never these). */
@Controller("/api/v1/apps/{app}/placement")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "cluster")
public class AppPlacementController {
    private final JsonBodies bodies;
    private final MediaUseCases.ManageRoomsUseCase rooms;

    public AppPlacementController(JsonBodies bodies, MediaUseCases.ManageRoomsUseCase rooms) {
        this.bodies = bodies;
        this.rooms = rooms;
    }

    @Serdeable
    public record NodesDto(List<String> pinned, List<String> denied) {
        static NodesDto from(AppPlacement p) {
            return new NodesDto(p.pinned().stream().map(NodeId::value).sorted().toList(),
                    p.denied().stream().map(NodeId::value).sorted().toList());
        }
    }

    @Get
    @RequiresPermission(resource = Resource.CONFIG, action = Action.READ)
    @Operation(summary = "The app's pinned and denied nodes")
    public ApiResponse<NodesDto> get(String app) {
        return ApiResponse.of(NodesDto.from(rooms.nodesFor(AppName.parse("app", app))));
    }

    @Put
    @RequiresPermission(resource = Resource.CONFIG, action = Action.WRITE)
    @Operation(summary = "Replace the app's pinned and denied nodes (registered node ids; empty lists: anywhere)")
    public ApiResponse<NodesDto> put(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = NodesDto.class))) String rawBody) {
        NodesDto body = bodies.read(rawBody, NodesDto.class);
        return ApiResponse.of(NodesDto.from(rooms.setNodesFor(AppName.parse("app", app),
                new AppPlacement(ids(body.pinned(), "pinned"), ids(body.denied(), "denied")))));
    }

    private static Set<NodeId> ids(List<String> values, String field) {
        if (values == null) {
            return Set.of();
        }
        try {
            return values.stream().map(NodeId::new).collect(Collectors.toSet());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + " must hold node ids ('origin' or UUIDs)");
        }
    }
}
