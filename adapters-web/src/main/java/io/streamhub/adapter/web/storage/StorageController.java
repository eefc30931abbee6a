package io.streamhub.adapter.web.storage;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.StorageUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Checks an app's bucket (set in the app config's {@code storage} section). */
@Controller("/api/v1/apps/{app}/storage")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "storage")
public class StorageController {
    private final StorageUseCases.TestStorageUseCase test;

    public StorageController(StorageUseCases.TestStorageUseCase test) {
        this.test = test;
    }

    @Serdeable
    public record StepDto(String step, boolean ok, String error) {
    }

    /** 200 in both cases: {@code ok} says whether the bucket works, the failed step says why not. */
    @Serdeable
    public record CheckDto(boolean ok, String bucket, String key, List<StepDto> steps, String failedStep) {
        static CheckDto from(StorageUseCases.StorageCheckView view) {
            List<StepDto> steps = view.steps().stream().map(s -> new StepDto(s.name(), s.ok(), s.error().orElse(null))).toList();
            String failed = steps.stream().filter(s -> !s.ok()).map(StepDto::step).findFirst().orElse(null);
            return new CheckDto(view.ok(), view.bucket(), view.key(), steps, failed);
        }
    }

    @Post("/test")
    @RequiresPermission(resource = Resource.S3, action = Action.WRITE)
    @Operation(summary = "Put, head and delete a probe object in the app's bucket; reports the step that failed")
    public ApiResponse<CheckDto> test(String app) {
        return ApiResponse.of(CheckDto.from(test.test(AppName.parse("app", app))));
    }
}
