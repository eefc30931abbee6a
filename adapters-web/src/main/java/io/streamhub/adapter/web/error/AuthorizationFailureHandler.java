package io.streamhub.adapter.web.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.RouteSecurityRule;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.DomainException;
import io.streamhub.domain.error.UnauthenticatedException;
import jakarta.inject.Singleton;

/**
 * Answers refused requests in the API's error shape: 401 when no valid credential was presented
 * (saying why when we know), otherwise the status of the recorded failure (403, or 404 for
 * another tenant's app).
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationFailureHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<ApiResponse<Void>> handle(HttpRequest request, AuthorizationException exception) {
        DomainException recorded = (DomainException) request.getAttribute(RouteSecurityRule.FAILURE_ATTRIBUTE, DomainException.class)
                .orElse(null);
        if (recorded != null) {
            return ErrorResponses.of(recorded);
        }
        if (exception.isForbidden()) {
            return ErrorResponses.of(new AccessDeniedException("this route declares no permission the caller holds"));
        }
        boolean bearer = request.getHeaders().getAuthorization().isPresent();
        return ErrorResponses.of(new UnauthenticatedException(bearer ? "Invalid or expired credentials" : "Missing Bearer token"));
    }
}
