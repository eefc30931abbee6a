package io.streamhub.adapter.web.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.PageResponse;
import io.streamhub.adapter.web.security.ClientAddresses;
import io.streamhub.adapter.web.security.RouteSecurityRule;
import io.streamhub.application.port.in.AuditUseCases.RecordAuditCommand;
import io.streamhub.application.port.in.AuditUseCases.RecordAuditEntryUseCase;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.audit.AuditOutcome;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records one audit entry for every request to a route in {@link AuditActions}, whatever its outcome.
 * It sits outside the security filter, so refused attempts (401, 403, the 404 hiding another tenant's
 * app) are recorded too. It reads the route template, its path variables, the principal the access gate
 * resolved, the client address, the status and the answer's error code; from a successful creation's
 * answer it reads the new resource's id field and nothing else. Request bodies are never read.
 * A failure to append is logged and does not change the answer already decided.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AuditTrailFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final Map<Integer, String> CODES = Map.of(400, "invalid_input", 401, "unauthorized", 403, "forbidden",
            404, "not_found", 405, "method_not_allowed", 409, "conflict", 429, "rate_limited", 503, "unavailable");

    private final RecordAuditEntryUseCase audit;
    private final ClientAddresses clients;
    private final JsonMapper json;
    private final ExecutorService blocking;

    public AuditTrailFilter(RecordAuditEntryUseCase audit, ClientAddresses clients, JsonMapper json,
                            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.audit = audit;
        this.clients = clients;
        this.json = json;
        this.blocking = blocking;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.METRICS.after();
    }

    /**
     * Decides on the event loop whether the route is audited; only then is the entry written, on the
     * blocking pool, before the answer leaves (the many unaudited requests pay no thread hop).
     */
    @ResponseFilter
    public CompletionStage<HttpResponse<?>> recorded(HttpRequest<?> request, HttpResponse<?> response) {
        Optional<RouteMatch<?>> match = RouteAttributes.getRouteMatch(request);
        if (match.isEmpty() || !(match.get().getRouteInfo() instanceof UriRouteInfo<?, ?> route)) {
            return CompletableFuture.completedFuture(response); // unknown routes change nothing (404/405 from the router)
        }
        String method = request.getMethodName();
        String template = route.getUriMatchTemplate().toString();
        Optional<AuditActions.Spec> spec = AuditActions.of(method, template);
        if (spec.isEmpty()) {
            return CompletableFuture.completedFuture(response);
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                audit.record(command(request, response, match.get().getVariableValues(), spec.get(), method, template));
            } catch (RuntimeException e) {
                LOG.error("audit entry {} {} could not be appended", method, template, e);
            }
            return response;
        }, blocking);
    }

    private RecordAuditCommand command(HttpRequest<?> request, HttpResponse<?> response, Map<String, Object> vars,
                                       AuditActions.Spec spec, String method, String template) {
        int status = response.code();
        boolean refusedByGate = request.getAttribute(RouteSecurityRule.FAILURE_ATTRIBUTE).isPresent();
        AuditOutcome outcome = status < 400 ? AuditOutcome.SUCCESS
                : refusedByGate || status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILED;
        Optional<String> errorCode = outcome == AuditOutcome.SUCCESS ? Optional.empty() : Optional.of(errorCode(response));
        Optional<Principal> principal = request.getAttribute(RouteSecurityRule.PRINCIPAL_ATTRIBUTE, Principal.class)
                .or(() -> AuditNotes.actor(request));
        Optional<String> targetId = Optional.empty();
        if (spec.id() instanceof AuditActions.IdSource.PathVariable p) {
            targetId = Optional.ofNullable(vars.get(p.name())).map(Object::toString);
        } else if (spec.id() instanceof AuditActions.IdSource.AnswerField f && outcome == AuditOutcome.SUCCESS) {
            targetId = answerField(response, f.name());
        }
        Optional<String> target = targetId;
        Optional<String> app = spec.appVariable().map(vars::get).map(Object::toString)
                .or(() -> spec.targetType().equals("app") ? target : Optional.empty());
        Optional<String> ip = clients.of(request).map(InetAddress::getHostAddress);
        return new RecordAuditCommand(principal, AuditNotes.action(request).orElse(spec.action()), spec.targetType(), targetId,
                app, ip, outcome, errorCode, method, template, status);
    }

    private static String errorCode(HttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (body instanceof ApiResponse<?> api && api.error() != null && api.error().code() != null) {
            return api.error().code();
        }
        if (body instanceof PageResponse<?> page && page.error() != null) {
            return page.error().code();
        }
        int status = response.code();
        return CODES.getOrDefault(status, status >= 500 ? "internal_error" : "http_" + status);
    }

    /** The id of what a creation made, read from the answer's {@code data}: an identifier field, nothing else. */
    private Optional<String> answerField(HttpResponse<?> response, String field) {
        Object body = response.getBody().orElse(null);
        if (!(body instanceof ApiResponse<?> api) || api.data() == null) {
            return Optional.empty();
        }
        try {
            JsonNode value = json.writeValueToTree(api.data()).get(field);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(value.coerceStringValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
