package io.streamhub.adapter.web.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.streamhub.application.port.in.TokenUseCases.AuthenticateApiTokenUseCase;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.UnauthenticatedException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * Authenticates {@code Authorization: Bearer sk_…} ahead of Micronaut's token fetcher, which then
 * handles only session JWTs. This is on every API call's path, so it answers synchronously. A
 * refusal is remembered on the request so the 401 can say why.
 */
@Singleton
public class ApiTokenAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private static final String SCHEME = "Bearer ";
    private final AuthenticateApiTokenUseCase tokens;
    private final ClientAddresses clients;

    public ApiTokenAuthenticationFetcher(AuthenticateApiTokenUseCase tokens, ClientAddresses clients) {
        this.tokens = tokens;
        this.clients = clients;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || !header.startsWith("sk_", SCHEME.length())) {
            return Publishers.empty();
        }
        try {
            Principal principal = tokens.authenticate(header.substring(SCHEME.length()).trim(), clients.of(request));
            return Publishers.just(Authentication.build(principal.name(), List.of(),
                    Map.of(PrincipalResolver.PRINCIPAL_ATTRIBUTE, principal)));
        } catch (UnauthenticatedException e) {
            request.setAttribute(RouteSecurityRule.FAILURE_ATTRIBUTE, e);
            return Publishers.empty();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
