package io.streamhub.adapter.web.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import io.streamhub.application.port.in.TokenUseCases.AuthenticateApiTokenUseCase;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.UnauthenticatedException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Authenticates {@code Authorization: Bearer sk_…}. Anything else is left to the JWT validator.
 * A refusal is remembered on the request so the 401 can say why.
 */
@Singleton
public class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final AuthenticateApiTokenUseCase tokens;
    private final ClientAddresses clients;

    public ApiTokenValidator(AuthenticateApiTokenUseCase tokens, ClientAddresses clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        if (!token.startsWith("sk_") || request == null) {
            return Publishers.empty();
        }
        try {
            Principal principal = tokens.authenticate(token, clients.of(request));
            return Publishers.just(Authentication.build(principal.name(), List.of(),
                    Map.of(PrincipalResolver.PRINCIPAL_ATTRIBUTE, principal)));
        } catch (UnauthenticatedException e) {
            request.setAttribute(RouteSecurityRule.FAILURE_ATTRIBUTE, e);
            return Publishers.empty();
        }
    }

    @Override
    public int getOrder() {
        return -100;
    }
}
