package io.streamhub.adapter.web.security;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.streamhub.application.port.in.AuthorizeUseCase;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.access.Requirement;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * The one gate of every route. A route must carry {@link Public}, {@link AnyPrincipal},
 * {@link GlobalScope} or {@link RequiresPermission}; a route with none is refused, so nothing is
 * open by omission. Authenticated callers are resolved to a domain principal and checked by the
 * application's authorization use case; its verdict (and the reason) is left on the request for
 * the error handler.
 */
@Singleton
public class RouteSecurityRule implements SecurityRule<HttpRequest<?>> {
    public static final String FAILURE_ATTRIBUTE = "streamhub.auth-failure";
    public static final String PRINCIPAL_ATTRIBUTE = "streamhub.request-principal";

    /** What a route declares: public, a requirement, or nothing (refused). */
    record Declaration(boolean isPublic, Optional<Requirement> requirement, boolean publicPlayback) {
    }

    private final PrincipalResolver principals;
    private final AuthorizeUseCase authorization;
    private final PlaybackUseCases.PlaybackAccessUseCase playback;
    /** A route's declaration never changes: read its annotations once. */
    private final Map<AnnotationMetadata, Declaration> declarations = new java.util.concurrent.ConcurrentHashMap<>();

    public RouteSecurityRule(PrincipalResolver principals, AuthorizeUseCase authorization,
                             PlaybackUseCases.PlaybackAccessUseCase playback) {
        this.principals = principals;
        this.authorization = authorization;
        this.playback = playback;
    }

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        Optional<RouteMatch<?>> match = request == null ? Optional.<RouteMatch<?>>empty() : RouteAttributes.getRouteMatch(request);
        if (match.isEmpty()) {
            // no route: the router answers 404/405 itself and nothing is exposed
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        Declaration declaration = declarations.computeIfAbsent(match.get().getAnnotationMetadata(), RouteSecurityRule::declarationOf);
        if (declaration.isPublic()) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        if (declaration.publicPlayback() && authentication == null && publiclyPlayable(match.get().getVariableValues())) {
            return Publishers.just(SecurityRuleResult.ALLOWED);
        }
        Optional<Requirement> requirement = declaration.requirement();
        if (requirement.isEmpty() || authentication == null) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        try {
            Principal principal = principals.resolve(authentication);
            request.setAttribute(PRINCIPAL_ATTRIBUTE, principal);
            Map<String, Object> vars = requirement.get() instanceof Requirement.Permission
                    ? match.get().getVariableValues() : Map.of();
            authorization.authorize(new AuthorizeUseCase.AuthorizeQuery(principal, requirement.get(),
                    appOf(vars), tenantOf(vars)));
            return Publishers.just(SecurityRuleResult.ALLOWED);
        } catch (DomainException e) {
            request.setAttribute(FAILURE_ATTRIBUTE, e);
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
    }

    static Declaration declarationOf(AnnotationMetadata meta) {
        return new Declaration(meta.hasAnnotation(Public.class), requirementOf(meta), meta.hasAnnotation(PublicPlayback.class));
    }

    /** A malformed app name is not public: the normal path then answers for it. */
    private boolean publiclyPlayable(Map<String, Object> vars) {
        try {
            return appOf(vars).map(playback::publiclyPlayable).orElse(false);
        } catch (InvalidInputException e) {
            return false;
        }
    }

    static Optional<Requirement> requirementOf(AnnotationMetadata meta) {
        if (meta.hasAnnotation(GlobalScope.class)) {
            return Optional.of(new Requirement.GlobalScope());
        }
        if (meta.hasAnnotation(AnyPrincipal.class)) {
            return Optional.of(new Requirement.Authenticated());
        }
        if (meta.hasAnnotation(RequiresPermission.class)) {
            var resource = meta.enumValue(RequiresPermission.class, "resource", io.streamhub.domain.access.Resource.class);
            var action = meta.enumValue(RequiresPermission.class, "action", io.streamhub.domain.access.Action.class);
            if (resource.isPresent() && action.isPresent()) {
                return Optional.of(new Requirement.Permission(resource.get(), action.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<AppName> appOf(Map<String, Object> vars) {
        Object app = vars.containsKey("app") ? vars.get("app") : vars.get("name");
        return app == null ? Optional.empty() : Optional.of(AppName.parse(vars.containsKey("app") ? "app" : "name", app.toString()));
    }

    private static Optional<TenantId> tenantOf(Map<String, Object> vars) {
        Object id = vars.get("tenantId");
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TenantId(id.toString()));
        } catch (InvalidInputException e) {
            throw new InvalidInputException("tenantId", e.getMessage());
        }
    }

    @Override
    public int getOrder() {
        return -1000;
    }
}
