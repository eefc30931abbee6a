package io.streamhub.adapter.web.app;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.AppUseCases;
import io.streamhub.application.port.in.CreateAppCommand;
import io.streamhub.application.port.in.DeleteAppCommand;
import io.streamhub.application.port.in.UpdateAppCommand;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.tenant.TenantId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.streamhub.adapter.web.api.JsonBodies;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;

/** The app registry and each app's configuration. */
@Controller("/api/v1/apps")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "apps")
public class AppController {
    private final AppUseCases.CreateAppUseCase create;
    private final AppUseCases.ListAppsUseCase list;
    private final AppUseCases.GetAppUseCase get;
    private final AppUseCases.UpdateAppUseCase update;
    private final AppUseCases.DeleteAppUseCase delete;
    private final AppUseCases.GetAppConfigUseCase config;
    private final AppUseCases.UpdateAppConfigUseCase updateConfig;

    private final JsonBodies bodies;

    public AppController(JsonBodies bodies, AppUseCases.CreateAppUseCase create, AppUseCases.ListAppsUseCase list,
                         AppUseCases.GetAppUseCase get, AppUseCases.UpdateAppUseCase update,
                         AppUseCases.DeleteAppUseCase delete, AppUseCases.GetAppConfigUseCase config,
                         AppUseCases.UpdateAppConfigUseCase updateConfig) {
        this.bodies = bodies;
        this.create = create;
        this.list = list;
        this.get = get;
        this.update = update;
        this.delete = delete;
        this.config = config;
        this.updateConfig = updateConfig;
    }

    @Serdeable
    public record AppDetailDto(AppDto app, AppConfigDto config) {
    }

    @Serdeable
    public record DeletedDto(boolean deleted, String name, boolean purged) {
    }

    @Get
    @RequiresPermission(resource = Resource.APP, action = Action.READ)
    @Operation(summary = "Apps the caller may see, sorted by name")
    public ApiResponse<List<AppDto>> list(@Parameter(hidden = true) Principal actor) {
        return ApiResponse.of(list.list(actor).stream().map(AppDto::from).toList());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.APP, action = Action.CREATE)
    @Operation(summary = "Create an app (quota maxApps); platform administrators may name its tenantId")
    public ApiResponse<AppDto> create(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = AppRequests.CreateApp.class))) String rawBody, @Parameter(hidden = true) Principal actor) {
        AppRequests.CreateApp body = bodies.read(rawBody, AppRequests.CreateApp.class);
        AppName name = new AppName(Params.required(body.name(), "name"));
        return ApiResponse.of(AppDto.from(create.create(new CreateAppCommand(actor, name,
                Optional.ofNullable(body.displayName()),
                Optional.ofNullable(body.roomPrefix()).map(RoomPrefix::new),
                Optional.ofNullable(body.tenantId()).map(TenantId::new)))));
    }

    @Get("/{name}")
    @RequiresPermission(resource = Resource.APP, action = Action.READ)
    @Operation(summary = "One app")
    public ApiResponse<AppDto> get(String name) {
        return ApiResponse.of(AppDto.from(get.get(AppName.parse("name", name))));
    }

    @Patch("/{name}")
    @RequiresPermission(resource = Resource.CONFIG, action = Action.WRITE)
    @Operation(summary = "Rename, re-prefix or reconfigure an app (flat fields); secrets are write-only")
    public ApiResponse<AppDetailDto> update(String name, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = AppRequests.UpdateApp.class))) String rawBody) {
        AppRequests.UpdateApp body = bodies.read(rawBody, AppRequests.UpdateApp.class);
        var view = update.update(new UpdateAppCommand(AppName.parse("name", name),
                Optional.ofNullable(body.displayName()), Optional.ofNullable(body.roomPrefix()).map(RoomPrefix::new),
                body.toChanges()));
        return ApiResponse.of(new AppDetailDto(AppDto.from(view.app()), AppConfigDto.from(view)));
    }

    @Delete("/{name}")
    @RequiresPermission(resource = Resource.APP, action = Action.DELETE)
    @Operation(summary = "Delete an app and its tokens at once; its files only with purge=true")
    public ApiResponse<DeletedDto> delete(String name, @Nullable @QueryValue("purge") String purge) {
        AppName app = AppName.parse("name", name);
        boolean purged = Params.bool(purge, "purge", false);
        delete.delete(new DeleteAppCommand(app, purged));
        return ApiResponse.of(new DeletedDto(true, app.value(), purged));
    }

    @Get("/{name}/config")
    @RequiresPermission(resource = Resource.CONFIG, action = Action.READ)
    @Operation(summary = "An app's configuration; secrets shown only as …Set flags")
    public ApiResponse<AppConfigDto> config(String name) {
        return ApiResponse.of(AppConfigDto.from(config.config(AppName.parse("name", name))));
    }

    @Patch("/{name}/config")
    @RequiresPermission(resource = Resource.CONFIG, action = Action.WRITE)
    @Operation(summary = "Change part of an app's configuration; an empty callbacks.secret clears it")
    public ApiResponse<AppConfigDto> updateConfig(String name, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = AppRequests.UpdateConfig.class))) String rawBody) {
        AppRequests.UpdateConfig body = bodies.read(rawBody, AppRequests.UpdateConfig.class);
        AppConfigChanges changes = body.toChanges();
        return ApiResponse.of(AppConfigDto.from(updateConfig.updateConfig(
                new UpdateAppCommand(AppName.parse("name", name), Optional.empty(), Optional.empty(), changes))));
    }
}
