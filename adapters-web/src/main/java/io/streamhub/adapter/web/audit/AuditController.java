package io.streamhub.adapter.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.application.port.in.AuditUseCases;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditOutcome;
import io.streamhub.domain.audit.AuditSearch;
import io.streamhub.domain.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The audit trail, read-only: there is no route that writes, changes or deletes an entry. */
@Controller("/api/v1/audit")
@Tag(name = "audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private static final int DEFAULT_LIMIT = 50;

    private final AuditUseCases.SearchAuditUseCase audit;

    public AuditController(AuditUseCases.SearchAuditUseCase audit) {
        this.audit = audit;
    }

    @Serdeable
    public record ActorDto(String kind, String id, String email) {
    }

    @Serdeable
    public record TargetDto(String type, String id) {
    }

    @Serdeable
    public record EntryDto(long id, Instant at, ActorDto actor, String action, TargetDto target, String app, String ip,
                           String outcome, String errorCode, String method, String route, int status) {
        static EntryDto of(AuditEntry e) {
            return new EntryDto(e.id(), e.at(), new ActorDto(e.actor().kind().key(), e.actor().id(), e.actor().email().orElse(null)),
                    e.action(), new TargetDto(e.target().type(), e.target().id().orElse(null)), e.app().orElse(null),
                    e.clientIp().orElse(null), e.outcome().key(), e.errorCode().orElse(null), e.method(), e.route(), e.status());
        }
    }

    @Get
    @GlobalScope
    @Operation(summary = "Audit entries, newest first; filters actor (id, kind:id or e-mail), action, app,"
            + " outcome (success|denied|failed), since/until (ISO-8601); limit (1-500, default 50), offset")
    public PageResponse<EntryDto> list(@Nullable @QueryValue("actor") String actor, @Nullable @QueryValue("action") String action,
                                       @Nullable @QueryValue("app") String app, @Nullable @QueryValue("outcome") String outcome,
                                       @Nullable @QueryValue("since") String since, @Nullable @QueryValue("until") String until,
                                       @Nullable @QueryValue("limit") String limit, @Nullable @QueryValue("offset") String offset) {
        AuditSearch search = new AuditSearch(text(actor), text(action), text(app), text(outcome).map(AuditController::outcome),
                instant(since, "since"), instant(until, "until"), integer(limit, "limit", DEFAULT_LIMIT), integer(offset, "offset", 0));
        AuditUseCases.AuditPageView page = audit.search(search);
        return PageResponse.of(page.entries().stream().map(EntryDto::of).toList(), page.total(), search.limit(), search.offset());
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static AuditOutcome outcome(String text) {
        try {
            return AuditOutcome.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "outcome must be success, denied or failed");
        }
    }

    private static Optional<Instant> instant(String text, String field) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be an ISO-8601 instant such as 2026-11-21T10:00:00Z");
        }
    }

    private static int integer(String text, String field, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be an integer");
        }
    }
}
