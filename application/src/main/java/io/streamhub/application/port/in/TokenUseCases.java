package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.token.ApiToken;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** Driving ports for {@code sk_} API tokens. */
public final class TokenUseCases {
    private TokenUseCases() {
    }

    /** The plaintext is returned here once and never stored. */
    public record IssuedToken(ApiToken token, String plaintext) {
    }

    public interface IssueApiTokenUseCase {
        IssuedToken issue(IssueApiTokenCommand command);
    }

    public interface ListApiTokensUseCase {
        List<ApiToken> list();
    }

    public interface RevokeApiTokenUseCase {
        /** @throws io.streamhub.domain.error.NotFoundException for an unknown id */
        void revoke(long id);
    }

    public interface AuthenticateApiTokenUseCase {
        /**
         * @param client the resolved client address (empty when it could not be determined)
         * @throws io.streamhub.domain.error.UnauthenticatedException unknown, revoked or IP not allowed
         */
        Principal authenticate(String plaintext, Optional<InetAddress> client);
    }
}
