package io.streamhub.adapter.web.log;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.adapter.web.security.RequiresPermission;
import io.streamhub.application.port.in.ServerLogUseCases;
import io.streamhub.domain.access.Action;
import io.streamhub.domain.access.Resource;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.log.LogLevel;
import io.streamhub.domain.log.ServerLogEntry;
import io.streamhub.domain.log.ServerLogSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The stored server logs (WARN and above, flagged events), newest first. Read-only. */
@Controller("/api/v1")
@Tag(name = "logs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LogController {
    private static final int DEFAULT_LIMIT = 100;
    private static final String FILTERS = "filters level (minimum: trace|debug|info|warn|error), source (a logger and its children),"
            + " q (substring of the message, ≤200), since/until (ISO-8601); limit (1-1000, default 100), offset";

    private final ServerLogUseCases.SearchServerLogsUseCase logs;
    private final JsonMapper json;

    public LogController(ServerLogUseCases.SearchServerLogsUseCase logs, JsonMapper json) {
        this.logs = logs;
        this.json = json;
    }

    @Serdeable
    public record LogLineDto(long id, Instant ts, String level, String source, String app, String message, Map<String, Object> meta) {
    }

    @Get("/logs")
    @GlobalScope
    @Operation(summary = "Stored server log lines of the whole server, newest first; " + FILTERS + "; app (an app's lines only)")
    public PageResponse<LogLineDto> all(@Nullable @QueryValue("app") String app, @Nullable @QueryValue("level") String level,
                                        @Nullable @QueryValue("source") String source, @Nullable @QueryValue("q") String q,
                                        @Nullable @QueryValue("since") String since, @Nullable @QueryValue("until") String until,
                                        @Nullable @QueryValue("limit") String limit, @Nullable @QueryValue("offset") String offset) {
        Optional<String> appName = Params.text(app).map(a -> AppName.parse("app", a).value());
        return page(appName, level, source, q, since, until, limit, offset);
    }

    @Get("/apps/{app}/logs")
    @RequiresPermission(resource = Resource.LOG, action = Action.READ)
    @Operation(summary = "Stored server log lines about this app, newest first; " + FILTERS)
    public PageResponse<LogLineDto> ofApp(String app, @Nullable @QueryValue("level") String level,
                                          @Nullable @QueryValue("source") String source, @Nullable @QueryValue("q") String q,
                                          @Nullable @QueryValue("since") String since, @Nullable @QueryValue("until") String until,
                                          @Nullable @QueryValue("limit") String limit, @Nullable @QueryValue("offset") String offset) {
        return page(Optional.of(AppName.parse("app", app).value()), level, source, q, since, until, limit, offset);
    }

    private PageResponse<LogLineDto> page(Optional<String> app, String level, String source, String q, String since, String until,
                                          String limit, String offset) {
        ServerLogSearch search = new ServerLogSearch(app, Params.text(level).map(LogController::level), Params.text(source),
                Params.text(q), Params.instant(since, "since"), Params.instant(until, "until"),
                Params.integer(limit, "limit", DEFAULT_LIMIT), Params.integer(offset, "offset", 0));
        ServerLogUseCases.ServerLogPageView page = logs.search(search);
        return PageResponse.of(page.entries().stream().map(this::dto).toList(), page.total(), search.limit(), search.offset());
    }

    private LogLineDto dto(ServerLogEntry e) {
        return new LogLineDto(e.id(), e.ts(), e.level().key(), e.source(), e.app().orElse(null), e.message(),
                e.metaJson().map(this::meta).orElse(Map.of()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> meta(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (IOException | RuntimeException e) {
            return Map.of("raw", text);
        }
    }

    private static LogLevel level(String text) {
        try {
            return LogLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("level", "level must be trace, debug, info, warn or error");
        }
    }

}
