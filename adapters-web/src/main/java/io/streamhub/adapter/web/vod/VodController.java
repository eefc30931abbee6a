package io.streamhub.adapter.web.vod;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.VodUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.vod.VodSearch;
import io.streamhub.domain.vod.VodStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** An app's recordings as VODs (docs/recording.md). */
@Controller("/api/v1/apps/{app}/vods")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "vods")
public class VodController {
    private final VodUseCases.ListVodsUseCase list;
    private final VodUseCases.GetVodUseCase get;
    private final VodUseCases.DeleteVodUseCase delete;

    public VodController(VodUseCases.ListVodsUseCase list, VodUseCases.GetVodUseCase get, VodUseCases.DeleteVodUseCase delete) {
        this.list = list;
        this.get = get;
        this.delete = delete;
    }

    /** A VOD; {@code url}/{@code snapshotUrl} only in the single-VOD answer, presigned for it and valid until {@code urlExpiresAt}. */
    @Serdeable
    public record VodDto(long id, String egressId, String room, String streamId, String status, String fileKey, String snapshotKey,
                         Long sizeBytes, Double durationS, Integer width, Integer height, String format, Instant startedAt,
                         Instant endedAt, String failure, boolean localFile, String url, String snapshotUrl, Instant urlExpiresAt) {
        static VodDto of(Vod v, Optional<URI> url, Optional<URI> snapshotUrl, Optional<Instant> expiresAt) {
            return new VodDto(v.id(), v.egressId(), v.room(), v.streamId().orElse(null), v.status().key(), v.fileKey().orElse(null),
                    v.snapshotKey().orElse(null), v.sizeBytes().orElse(null), v.media().map(m -> m.durationS()).orElse(null),
                    v.media().map(m -> m.width()).orElse(null), v.media().map(m -> m.height()).orElse(null),
                    v.media().map(m -> m.format()).orElse(null), v.startedAt(), v.endedAt().orElse(null), v.failure().orElse(null),
                    v.localPath().isPresent(), url.map(URI::toString).orElse(null), snapshotUrl.map(URI::toString).orElse(null),
                    expiresAt.orElse(null));
        }
    }

    @Serdeable
    public record DeletedDto(long id, boolean deleted, int s3Deleted, boolean localDeleted) {
    }

    @Get
    @RequiresPermission(resource = Resource.VOD, action = Action.READ)
    @Operation(summary = "The app's VODs, newest first; filters room, status (recording|uploading|ready|failed),"
            + " since/until (ISO-8601, on the start, inclusive); limit (1-1000, default 50), offset")
    public PageResponse<VodDto> list(String app, @Nullable @QueryValue("room") String room, @Nullable @QueryValue("status") String status,
                                     @Nullable @QueryValue("since") String since, @Nullable @QueryValue("until") String until,
                                     @Nullable @QueryValue("limit") String limit, @Nullable @QueryValue("offset") String offset) {
        VodSearch search = new VodSearch(Optional.ofNullable(room), Optional.ofNullable(status).map(VodStatus::parse),
                Params.instant(since, "since"), Params.instant(until, "until"), Params.integer(limit, "limit", VodSearch.DEFAULT_LIMIT),
                Params.integer(offset, "offset", 0));
        VodUseCases.VodPageView page = list.list(new VodUseCases.VodQuery(AppName.parse("app", app), search));
        return PageResponse.of(page.vods().stream().map(v -> VodDto.of(v, Optional.empty(), Optional.empty(), Optional.empty())).toList(),
                page.total(), page.limit(), page.offset());
    }

    @Get("/{id}")
    @RequiresPermission(resource = Resource.VOD, action = Action.READ)
    @Operation(summary = "One VOD; a ready one with a URL presigned for this answer")
    public ApiResponse<VodDto> get(String app, String id) {
        VodUseCases.VodView view = get.get(AppName.parse("app", app), Params.positiveLong(id, "id"));
        return ApiResponse.of(VodDto.of(view.vod(), view.url(), view.snapshotUrl(), view.expiresAt()));
    }

    @Get("/{id}/download")
    @RequiresPermission(resource = Resource.VOD, action = Action.READ)
    @Operation(summary = "302 to the ready VOD's object through a URL presigned for this request (409 until it is ready)")
    public HttpResponse<?> download(String app, String id) {
        VodUseCases.VodView view = get.get(AppName.parse("app", app), Params.positiveLong(id, "id"));
        URI url = view.url().orElseThrow(() -> new ConflictException("id", "VOD " + id + " is " + view.vod().status().key()
                + ": there is nothing to download until it is ready"));
        return HttpResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, url.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{id}")
    @RequiresPermission(resource = Resource.VOD, action = Action.DELETE)
    @Operation(summary = "Delete a VOD: its object, snapshot, local file and row (409 while recording or uploading)")
    public ApiResponse<DeletedDto> delete(String app, String id) {
        VodUseCases.DeletedVodView deleted = delete.delete(AppName.parse("app", app), Params.positiveLong(id, "id"));
        return ApiResponse.of(new DeletedDto(deleted.id(), true, deleted.objectsDeleted(), deleted.localDeleted()));
    }

}
