package io.streamhub.application.service;

import io.streamhub.application.port.in.AuditUseCases.AuditPageView;
import io.streamhub.application.port.in.AuditUseCases.RecordAuditCommand;
import io.streamhub.application.port.in.AuditUseCases.RecordAuditEntryUseCase;
import io.streamhub.application.port.in.AuditUseCases.SearchAuditUseCase;
import io.streamhub.application.port.out.AuditLog;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.audit.AuditActor;
import io.streamhub.domain.audit.AuditEntry;
import io.streamhub.domain.audit.AuditSearch;
import java.time.Clock;

/** Appends audit entries (the actor resolved from the principal, people with their e-mail) and pages through them. */
public class AuditService implements RecordAuditEntryUseCase, SearchAuditUseCase {
    private final AuditLog log;
    private final UserRepository users;
    private final Clock clock;

    public AuditService(AuditLog log, UserRepository users, Clock clock) {
        this.log = log;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void record(RecordAuditCommand c) {
        AuditActor actor = c.principal().map(this::actorOf).orElse(AuditActor.ANONYMOUS);
        log.append(new AuditEntry(0, clock.instant(), actor, c.action(), new AuditEntry.Target(c.targetType(), c.targetId()),
                c.app(), c.clientIp(), c.outcome(), c.errorCode(), c.method(), c.route(), c.status()));
    }

    private AuditActor actorOf(Principal principal) {
        AuditActor actor = AuditActor.of(principal);
        if (principal instanceof Principal.Member m) {
            return users.findById(m.userId()).map(u -> actor.withEmail(u.email().value())).orElse(actor);
        }
        if (principal instanceof Principal.Superadmin s) {
            return users.findById(s.userId()).map(u -> actor.withEmail(u.email().value())).orElse(actor);
        }
        return actor;
    }

    @Override
    public AuditPageView search(AuditSearch search) {
        return new AuditPageView(log.find(search), log.count(search));
    }
}
