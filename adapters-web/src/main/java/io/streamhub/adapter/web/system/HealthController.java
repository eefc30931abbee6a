package io.streamhub.adapter.web.system;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.OperationsUseCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;

/** Probes for orchestrators: liveness (the process answers) and readiness (the global store can serve). */
@Controller("/api/v1/health")
@Tag(name = "system")
public class HealthController {
    private final OperationsUseCases.CheckReadinessUseCase readiness;

    public HealthController(OperationsUseCases.CheckReadinessUseCase readiness) {
        this.readiness = readiness;
    }

    @Serdeable
    public record LiveDto(String status) {
    }

    @Serdeable
    public record ReadyDto(String status, boolean database, boolean migrations, boolean livekitReachable) {
    }

    @Public
    @Get("/live")
    @Operation(summary = "Liveness: 200 while the process serves requests; touches nothing (public)")
    public ApiResponse<LiveDto> live() {
        return ApiResponse.of(new LiveDto("ok"));
    }

    @Public
    @Get("/ready")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Readiness: 200 when the global DB answers and is migrated, else 503 not_ready; "
            + "LiveKit reachability is reported, never required (public)")
    public HttpResponse<ApiResponse<?>> ready() {
        OperationsUseCases.ReadinessView view = readiness.readiness();
        if (view.ready()) {
            return HttpResponse.ok(ApiResponse.of(new ReadyDto("ready", true, true, view.mediaServerReachable())));
        }
        List<String> failing = new ArrayList<>();
        if (!view.databaseAnswers()) {
            failing.add("the global database does not answer");
        }
        if (!view.migrationsApplied()) {
            failing.add("the global database is not fully migrated");
        }
        return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(ApiResponse.failure(ApiError.of("not_ready", String.join("; ", failing))));
    }
}
