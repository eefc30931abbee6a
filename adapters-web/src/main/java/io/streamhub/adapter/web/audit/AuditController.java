package io.streamhub.adapter.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.application.port.in.AuditUseCases;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditOutcome;
import io.streamhub.domain.audit.AuditSearch;
import io.streamhub.domain.error.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

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
        AuditSearch search = new AuditSearch(Params.text(actor), Params.text(action), Params.text(app),
                Params.text(outcome).map(AuditController::outcome), Params.instant(since, "since"), Params.instant(until, "until"),
                Params.integer(limit, "limit", DEFAULT_LIMIT), Params.integer(offset, "offset", 0));
        AuditUseCases.AuditPageView page = audit.search(search);
        return PageResponse.of(page.entries().stream().map(EntryDto::of).toList(), page.total(), search.limit(), search.offset());
    }

    private static AuditOutcome outcome(String text) {
        try {
            return AuditOutcome.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "outcome must be success, denied or failed");
        }
    }

}
