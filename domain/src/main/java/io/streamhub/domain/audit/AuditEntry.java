package io.streamhub.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One fact of the audit trail. Invariants: an action name is {@code resource.verb} in lower case
 * ({@code app.create}, {@code node.drain}); a success carries no error code, a denial or failure always
 * does. It carries identifiers only: never a request body, a token, a password or a callback secret.
 *
 * @param id         assigned by the store (0 before it is appended)
 * @param target     the resource acted on ({@code type} and, when known, its id)
 * @param app        the app the action was scoped to, if any
 * @param clientIp   the resolved client address (right-most untrusted X-Forwarded-For hop), if known
 * @param method     the HTTP method and {@code route} the route template, for cross-checking
 * @param status     the HTTP status answered
 */
public record AuditEntry(long id, Instant at, AuditActor actor, String action, Target target, Optional<String> app,
                         Optional<String> clientIp, AuditOutcome outcome, Optional<String> errorCode,
                         String method, String route, int status) {

    /** What was acted on: a resource type ({@code app}, {@code token}, {@code node}, …) and its id when known. */
    public record Target(String type, Optional<String> id) {
        public Target {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(id, "id");
        }
    }

    private static final Pattern ACTION = Pattern.compile("^[a-z_]+(\\.[a-z_]+)+$");

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(errorCode, "errorCode");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("an audit action is resource.verb in lower case: " + action);
        }
        if ((outcome == AuditOutcome.SUCCESS) == errorCode.isPresent()) {
            throw new IllegalArgumentException("a success has no error code; a denial or failure has one");
        }
    }

    public AuditEntry withId(long assigned) {
        return new AuditEntry(assigned, at, actor, action, target, app, clientIp, outcome, errorCode, method, route, status);
    }
}
