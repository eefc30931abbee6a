package io.streamhub.adapter.web.callback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.CallbackUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import io.streamhub.domain.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An app's callback endpoints and their delivery log. Secrets are write-only: a secret StreamHub
 * generates is in the creation answer once, never again; every other answer says {@code secretSet}.
 */
@Controller("/api/v1/apps/{app}/callbacks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "callbacks")
public class CallbackController {
    private final JsonBodies bodies;
    private final CallbackUseCases.ManageEndpointsUseCase endpoints;
    private final CallbackUseCases.DeliveryLogUseCase log;

    public CallbackController(JsonBodies bodies, CallbackUseCases.ManageEndpointsUseCase endpoints,
                              CallbackUseCases.DeliveryLogUseCase log) {
        this.bodies = bodies;
        this.endpoints = endpoints;
        this.log = log;
    }

    @Serdeable
    record CreateRequest(String url, String secret, List<String> events, Boolean enabled, String description) {
    }

    @Serdeable
    record UpdateRequest(String url, String secret, List<String> events, Boolean enabled, String description) {
    }

    /** {@code source} is {@code config} for the app config's callbacks.url, {@code api} otherwise. */
    @Serdeable
    public record EndpointDto(String id, String url, List<String> events, boolean enabled, String description, boolean secretSet,
                              String source, Instant createdAt, String secret) {
        static EndpointDto of(CallbackUseCases.EndpointView v, String secret) {
            CallbackEndpoint e = v.endpoint();
            return new EndpointDto(e.id(), e.url(), e.events().stream().sorted().toList(), e.enabled(), e.description(), v.secretSet(),
                    v.fromConfig() ? "config" : "api", e.createdAt(), secret);
        }
    }

    @Serdeable
    public record AttemptDto(int attempt, Instant at, Integer statusCode, long latencyMs, String error) {
    }

    @Serdeable
    public record DeliveryDto(String id, String eventId, String event, String room, String endpointId, String status, int attempts,
                              Instant createdAt, Instant nextAttemptAt, Integer lastStatus, String lastError, List<AttemptDto> attemptLog) {
        static DeliveryDto of(DeliveryLog.Entry entry) {
            Delivery d = entry.delivery();
            return new DeliveryDto(d.id(), d.eventId(), entry.event(), entry.room().orElse(null), d.endpointId(),
                    d.status().name().toLowerCase(Locale.ROOT), d.attempts(), d.createdAt(), d.nextAttemptAt().orElse(null),
                    d.lastStatus().isPresent() ? d.lastStatus().getAsInt() : null, d.lastError().orElse(null),
                    entry.attempts().stream().map(a -> new AttemptDto(a.number(), a.at(),
                            a.statusCode().isPresent() ? a.statusCode().getAsInt() : null, a.latencyMillis(), a.error().orElse(null))).toList());
        }
    }

    @Serdeable
    public record DeletedDto(String id, boolean deleted) {
    }

    @Get
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.READ)
    @Operation(summary = "The app's callback endpoints: the config's callbacks.url first (source config), then those made here")
    public ApiResponse<List<EndpointDto>> list(String app) {
        return ApiResponse.of(endpoints.list(AppName.parse("app", app)).stream().map(v -> EndpointDto.of(v, null)).toList());
    }

    @Post
    @Status(HttpStatus.CREATED)
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.CREATE)
    @Operation(summary = "Add an endpoint {url, secret?, events?, enabled?, description?}; without a secret one is generated and shown once")
    public ApiResponse<EndpointDto> create(String app, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = CreateRequest.class))) String rawBody) {
        CreateRequest r = bodies.read(rawBody, CreateRequest.class);
        CallbackUseCases.CreatedEndpoint created = endpoints.create(new CallbackUseCases.CreateEndpointCommand(AppName.parse("app", app),
                Params.required(r.url(), "url"), Optional.ofNullable(r.secret()), events(r.events()),
                r.enabled() == null || r.enabled(), r.description()));
        return ApiResponse.of(EndpointDto.of(created.view(), created.generatedSecret().orElse(null)));
    }

    @Patch("/{id}")
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.WRITE)
    @Operation(summary = "Change an endpoint's url, secret, events, enabled or description")
    public ApiResponse<EndpointDto> update(String app, String id, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = UpdateRequest.class))) String rawBody) {
        UpdateRequest r = bodies.read(rawBody, UpdateRequest.class);
        return ApiResponse.of(EndpointDto.of(endpoints.update(new CallbackUseCases.UpdateEndpointCommand(AppName.parse("app", app), id,
                Optional.ofNullable(r.url()), Optional.ofNullable(r.secret()), Optional.ofNullable(r.events()).map(CallbackController::events),
                Optional.ofNullable(r.enabled()), Optional.ofNullable(r.description()))), null));
    }

    @Delete("/{id}")
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.DELETE)
    @Operation(summary = "Delete an endpoint, its secret and its deliveries")
    public ApiResponse<DeletedDto> delete(String app, String id) {
        endpoints.delete(AppName.parse("app", app), id);
        return ApiResponse.of(new DeletedDto(id, true));
    }

    @Get("/deliveries")
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.READ)
    @Operation(summary = "The delivery log, newest first, each with its attempts; filters event, status (pending|delivered|dead),"
            + " endpoint, since/until (ISO-8601); limit (1-200, default 50), offset")
    public PageResponse<DeliveryDto> deliveries(String app, @Nullable @QueryValue("event") String event,
                                                @Nullable @QueryValue("status") String status,
                                                @Nullable @QueryValue("endpoint") String endpoint,
                                                @Nullable @QueryValue("since") String since, @Nullable @QueryValue("until") String until,
                                                @Nullable @QueryValue("limit") String limit, @Nullable @QueryValue("offset") String offset) {
        DeliveryLog.Query query = new DeliveryLog.Query(Optional.ofNullable(event), Optional.ofNullable(status).map(CallbackController::status),
                Optional.ofNullable(endpoint), Params.instant(since, "since"), Params.instant(until, "until"), Params.integer(limit, "limit", 50),
                Params.integer(offset, "offset", 0));
        DeliveryLog.Page page = log.deliveries(AppName.parse("app", app), query);
        return PageResponse.of(page.items().stream().map(DeliveryDto::of).toList(), page.total(), query.limit(), query.offset());
    }

    @Get("/deliveries/{id}")
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.READ)
    @Operation(summary = "One delivery with its attempts")
    public ApiResponse<DeliveryDto> delivery(String app, String id) {
        return ApiResponse.of(DeliveryDto.of(log.delivery(AppName.parse("app", app), id)));
    }

    @Post("/deliveries/{id}/redeliver")
    @Status(HttpStatus.ACCEPTED)
    @RequiresPermission(resource = Resource.CALLBACK, action = Action.WRITE)
    @Operation(summary = "Send a delivered event or a dead letter again, same event id, fresh retry window (409 while pending)")
    public ApiResponse<DeliveryDto> redeliver(String app, String id) {
        return ApiResponse.of(DeliveryDto.of(log.redeliver(AppName.parse("app", app), id)));
    }

    private static Set<String> events(List<String> events) {
        if (events == null) {
            return Set.of();
        }
        if (events.contains(null)) {
            throw new InvalidInputException("events", "events must hold event names");
        }
        return new HashSet<>(events);
    }

    private static Delivery.Status status(String text) {
        try {
            return Delivery.Status.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be pending, delivered or dead");
        }
    }

}
