package io.streamhub.adapter.web.system;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.GetSystemStatsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

/** Liveness for everyone; host and store readings for platform administrators. */
@Controller("/api/v1")
@Tag(name = "system")
public class SystemController {
    private final GetSystemStatsUseCase stats;

    public SystemController(GetSystemStatsUseCase stats) {
        this.stats = stats;
    }

    @Serdeable
    public record HealthDto(String status, boolean up, String version, Instant ts, long uptimeSeconds) {
    }

    @Public
    @Get("/health")
    @Operation(summary = "Liveness: status, version and uptime (public)")
    public ApiResponse<HealthDto> health() {
        GetSystemStatsUseCase.Health h = stats.health();
        return ApiResponse.of(new HealthDto(h.status(), true, h.version(), h.ts(), h.uptimeSeconds()));
    }

    @GlobalScope
    @Get("/stats")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "CPU, memory, disk, counts and storage sizes (global scope)")
    public ApiResponse<GetSystemStatsUseCase.SystemStats> stats() {
        return ApiResponse.of(stats.stats());
    }
}
