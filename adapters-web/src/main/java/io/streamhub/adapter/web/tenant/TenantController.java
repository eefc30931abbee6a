package io.streamhub.adapter.web.tenant;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.TenantUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.quota.UsageReport;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.streamhub.adapter.web.api.JsonBodies;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tenants, their members and quotas. Administration is global-scope; a tenant's usage is readable by its members. */
@Controller("/api/v1/tenants")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tenants")
public class TenantController {
    private final TenantUseCases.CreateTenantUseCase create;
    private final TenantUseCases.ListTenantsUseCase list;
    private final TenantUseCases.AddTenantMemberUseCase members;
    private final TenantUseCases.SetTenantQuotasUseCase quotas;
    private final TenantUseCases.GetTenantUsageUseCase usage;

    private final JsonBodies bodies;

    public TenantController(JsonBodies bodies, TenantUseCases.CreateTenantUseCase create, TenantUseCases.ListTenantsUseCase list,
                            TenantUseCases.AddTenantMemberUseCase members, TenantUseCases.SetTenantQuotasUseCase quotas,
                            TenantUseCases.GetTenantUsageUseCase usage) {
        this.bodies = bodies;
        this.create = create;
        this.list = list;
        this.members = members;
        this.quotas = quotas;
        this.usage = usage;
    }

    @Serdeable
    record CreateRequest(String name, String plan) {
    }

    @Serdeable
    record MemberRequest(String email, String role, String name, String password) {
    }

    @Serdeable
    record QuotasRequest(Long maxApps, Long maxConcurrentStreams, Long maxRecordingMinutesMonth, Long maxEgressGbMonth,
                         Long maxStorageGb) {
    }

    @Serdeable
    public record TenantDto(String id, String name, String plan, Instant createdAt, Map<String, Long> quotas) {
    }

    @Serdeable
    public record MemberDto(String userId, String email, String name, String role, String tenantId) {
    }

    @Serdeable
    public record UsageDto(String tenantId, String plan, Map<String, Long> quotas, Map<String, Long> usage,
                           Map<String, Boolean> exceeded) {
    }

    static Map<String, Long> limits(TenantQuotas q) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (QuotaMetric m : QuotaMetric.values()) {
            out.put(m.key(), q.limit(m).value());
        }
        return out;
    }

    @Get
    @GlobalScope
    @Operation(summary = "Every tenant with its quotas")
    public ApiResponse<List<TenantDto>> list() {
        return ApiResponse.of(list.list().stream().map(TenantController::dto).toList());
    }

    private static TenantDto dto(TenantUseCases.TenantView v) {
        return new TenantDto(v.tenant().id().value(), v.tenant().name(), v.tenant().plan(), v.tenant().createdAt(), limits(v.quotas()));
    }

    @Post
    @GlobalScope
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a tenant on the free plan's quotas")
    public ApiResponse<TenantDto> create(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = CreateRequest.class))) String rawBody) {
        CreateRequest body = bodies.read(rawBody, CreateRequest.class);
        return ApiResponse.of(dto(create.create(new TenantUseCases.CreateTenantCommand(
                Params.required(body.name(), "name"), Optional.ofNullable(body.plan())))));
    }

    @Post("/{tenantId}/members")
    @GlobalScope
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create or attach a user with a role (owner, editor, viewer)")
    public ApiResponse<MemberDto> addMember(String tenantId, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = MemberRequest.class))) String rawBody) {
        MemberRequest body = bodies.read(rawBody, MemberRequest.class);
        TenantId tenant = new TenantId(tenantId);
        var member = members.addMember(new TenantUseCases.AddMemberCommand(tenant,
                new Email(Params.required(body.email(), "email")), Optional.ofNullable(body.name()),
                Optional.ofNullable(body.password()), Role.parse("role", Params.required(body.role(), "role"))));
        return ApiResponse.of(new MemberDto(member.userId().value(), member.email().value(), member.name(),
                member.role().key(), tenant.value()));
    }

    @Put("/{tenantId}/quotas")
    @GlobalScope
    @Operation(summary = "Set some or all quotas; -1 is unlimited")
    public ApiResponse<Map<String, Long>> setQuotas(String tenantId, @Body @RequestBody(content = @Content(schema = @Schema(
            implementation = QuotasRequest.class))) String rawBody) {
        QuotasRequest body = bodies.read(rawBody, QuotasRequest.class);
        Map<QuotaMetric, QuotaLimit> changes = new EnumMap<>(QuotaMetric.class);
        put(changes, QuotaMetric.APPS, body.maxApps());
        put(changes, QuotaMetric.CONCURRENT_STREAMS, body.maxConcurrentStreams());
        put(changes, QuotaMetric.RECORDING_MINUTES_MONTH, body.maxRecordingMinutesMonth());
        put(changes, QuotaMetric.EGRESS_GB_MONTH, body.maxEgressGbMonth());
        put(changes, QuotaMetric.STORAGE_GB, body.maxStorageGb());
        return ApiResponse.of(limits(quotas.setQuotas(new TenantId(tenantId), changes)));
    }

    private static void put(Map<QuotaMetric, QuotaLimit> changes, QuotaMetric metric, Long value) {
        if (value != null) {
            try {
                changes.put(metric, new QuotaLimit(value));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(metric.key(), metric.key() + " must be -1 (unlimited) or a non-negative number");
            }
        }
    }

    @Get("/{tenantId}/usage")
    @RequiresPermission(resource = Resource.USAGE, action = Action.READ)
    @Operation(summary = "Usage against quotas; members may read their own tenant's")
    public ApiResponse<UsageDto> usage(String tenantId) {
        UsageReport report = usage.usage(new TenantId(tenantId));
        Map<String, Long> used = new LinkedHashMap<>();
        Map<String, Boolean> exceeded = new LinkedHashMap<>();
        for (QuotaMetric m : QuotaMetric.values()) {
            used.put(m.usageKey(), report.usage().get(m));
            exceeded.put(m.usageKey(), report.exhausted(m));
        }
        return ApiResponse.of(new UsageDto(report.tenantId().value(), report.plan(), limits(report.quotas()), used, exceeded));
    }
}
