package io.streamhub.adapter.web.security;

import io.micronaut.security.authentication.Authentication;
import io.streamhub.application.port.in.AuthUseCases.ResolveUserUseCase;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.tenant.UserId;
import jakarta.inject.Singleton;

/** Turns Micronaut's {@link Authentication} (an API token or a dashboard JWT) into the domain principal. */
@Singleton
public class PrincipalResolver {
    static final String PRINCIPAL_ATTRIBUTE = "streamhub.principal";
    private final ResolveUserUseCase users;

    public PrincipalResolver(ResolveUserUseCase users) {
        this.users = users;
    }

    public Principal resolve(Authentication authentication) {
        Object attached = authentication.getAttributes().get(PRINCIPAL_ATTRIBUTE);
        if (attached instanceof Principal principal) {
            return principal;
        }
        try {
            return users.resolve(new UserId(authentication.getName()));
        } catch (InvalidInputException e) {
            throw new UnauthenticatedException("session token names no user");
        }
    }
}
