package io.streamhub.adapter.web.ingress;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.InputType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** RTMP, WHIP and URL ingress into the app's rooms; the stream key is what OBS needs. */
@Controller("/api/v1/apps/{app}/ingress")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "ingress")
public class IngressController {
    private final JsonBodies bodies;
    private final MediaUseCases.ManageIngressUseCase ingress;
    private final String rtmpPublicHost;

    public IngressController(JsonBodies bodies, MediaUseCases.ManageIngressUseCase ingress,
                             @Value("${streamhub.rtmp-public-host:}") String rtmpPublicHost) {
        this.bodies = bodies;
        this.ingress = ingress;
        this.rtmpPublicHost = rtmpPublicHost;
    }

    @Serdeable
    record CreateRequest(String inputType, String room, String participantIdentity, String participantName, String url,
                         Boolean enableTranscoding) {
    }

    /**
     * {@code rtmpUrl} is server URL + stream key (paste into OBS as one URL); {@code whipUrl} takes the
     * stream key as bearer. {@code password} appears once, at creation, when the app requires RTMP passwords.
     */
    @Serdeable
    public record IngressDto(String ingressId, String name, String inputType, String url, String streamKey, String roomName,
                             String participantIdentity, String status, Instant startedAt, String rtmpUrl, String whipUrl,
                             String password) {
    }

    @Serdeable
    record ValidateRequest(String password) {
    }

    @Serdeable
    public record ValidatedDto(String ingressId, boolean valid) {
    }

    @Serdeable
    public record DeletedDto(String ingressId, boolean deleted) {
    }

    private IngressDto dto(IngressInfo i) {
        return dto(i, null);
    }

    private IngressDto dto(IngressInfo i, String password) {
        String url = i.inputType() == InputType.RTMP ? publicRtmp(i.url()) : i.url();
        String rtmpUrl = i.inputType() == InputType.RTMP && url != null ? url + "/" + i.streamKey() : null;
        return new IngressDto(i.id(), i.name(), i.inputType().key(), url, i.streamKey(), i.room(), i.participantIdentity(),
                i.status(), i.startedAt(), rtmpUrl, i.inputType() == InputType.WHIP ? i.url() : null, password);
    }

    /** LiveKit reports its own host; publishers need the public one ({@code RTMP_PUBLIC_HOST}). */
    private String publicRtmp(String url) {
        if (url == null || rtmpPublicHost.isBlank()) {
            return url;
        }
        URI u = URI.create(url);
        return u.getScheme() + "://" + rtmpPublicHost + (u.getPort() > 0 ? ":" + u.getPort() : "") + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.INGRESS, action = Action.CREATE)
    @Operation(summary = "Create an rtmp, whip or url ingress into a room of the app (quota maxConcurrentStreams)")
    public ApiResponse<IngressDto> create(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = CreateRequest.class))) String rawBody, @Parameter(hidden = true) Principal actor) {
        CreateRequest r = bodies.read(rawBody, CreateRequest.class);
        MediaUseCases.CreatedIngressView created = ingress.create(new MediaUseCases.CreateIngressCommand(actor,
                AppName.parse("app", app), InputType.parse(Params.required(r.inputType(), "inputType")),
                Optional.ofNullable(r.room()), Optional.ofNullable(r.participantIdentity()),
                Optional.ofNullable(r.participantName()), Optional.ofNullable(r.url()), Optional.ofNullable(r.enableTranscoding())));
        return ApiResponse.of(dto(created.ingress(), created.password().orElse(null)));
    }

    @Post("/{id}/validate")
    @RequiresPermission(resource = Resource.INGRESS, action = Action.WRITE)
    @Operation(summary = "Check an RTMP ingress password; once valid, the ingress may publish")
    public ApiResponse<ValidatedDto> validate(String app, String id, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = ValidateRequest.class))) String rawBody) {
        ValidateRequest r = bodies.read(rawBody, ValidateRequest.class);
        String password = Params.required(r.password(), "password");
        return ApiResponse.of(new ValidatedDto(id, ingress.validate(AppName.parse("app", app), id, password)));
    }

    @Get
    @RequiresPermission(resource = Resource.INGRESS, action = Action.READ)
    @Operation(summary = "The app's ingress")
    public ApiResponse<List<IngressDto>> list(String app) {
        return ApiResponse.of(ingress.list(AppName.parse("app", app)).stream().map(this::dto).toList());
    }

    @Get("/{id}")
    @RequiresPermission(resource = Resource.INGRESS, action = Action.READ)
    @Operation(summary = "One ingress of the app (404 for another app's)")
    public ApiResponse<IngressDto> get(String app, String id) {
        return ApiResponse.of(dto(ingress.get(AppName.parse("app", app), id)));
    }

    @Delete("/{id}")
    @RequiresPermission(resource = Resource.INGRESS, action = Action.DELETE)
    @Operation(summary = "Delete an ingress of the app")
    public ApiResponse<DeletedDto> delete(String app, String id) {
        ingress.delete(AppName.parse("app", app), id);
        return ApiResponse.of(new DeletedDto(id, true));
    }
}
