package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.tenant.UserId;

/** Driving ports for dashboard sign-in. */
public final class AuthUseCases {
    private AuthUseCases() {
    }

    public interface LoginUseCase {
        /**
         * @param user the break-glass admin name or a user's e-mail
         * @throws io.streamhub.domain.error.UnauthenticatedException on any mismatch (one message for all)
         */
        Principal login(String user, String password);
    }

    public interface ResolveUserUseCase {
        /** The principal a signed session of this user stands for now (roles are read fresh). */
        Principal resolve(UserId user);
    }
}
