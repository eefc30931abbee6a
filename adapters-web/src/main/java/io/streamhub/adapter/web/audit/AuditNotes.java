package io.streamhub.adapter.web.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.streamhub.domain.access.Principal;
import java.util.Optional;

/**
 * What a controller knows and the audit filter cannot see from the route alone: who signed in (the
 * login route is public) and which operator action a node PATCH was. Only names go here, never a value
 * from a body.
 */
public final class AuditNotes {
    static final String ACTOR = AuditNotes.class.getName() + ".actor";
    static final String ACTION = AuditNotes.class.getName() + ".action";

    private AuditNotes() {
    }

    /** The principal a public route (sign-in) authenticated. */
    public static void actor(HttpRequest<?> request, Principal principal) {
        request.setAttribute(ACTOR, principal);
    }

    /** Refines the route's action name for the request being served (e.g. {@code node.drain}). */
    public static void action(String action) {
        ServerRequestContext.currentRequest().ifPresent(r -> r.setAttribute(ACTION, action));
    }

    static Optional<Principal> actor(HttpRequest<?> request) {
        return request.getAttribute(ACTOR, Principal.class);
    }

    static Optional<String> action(HttpRequest<?> request) {
        return request.getAttribute(ACTION, String.class);
    }
}
