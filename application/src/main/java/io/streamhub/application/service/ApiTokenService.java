package io.streamhub.application.service;

import io.streamhub.application.port.in.IssueApiTokenCommand;
import io.streamhub.application.port.in.TokenUseCases;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.TokenHash;
import io.streamhub.domain.token.TokenScope;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Mints, lists, revokes and verifies {@code sk_} tokens. Plaintext leaves only once, at minting. */
public final class ApiTokenService implements TokenUseCases.IssueApiTokenUseCase, TokenUseCases.ListApiTokensUseCase,
        TokenUseCases.RevokeApiTokenUseCase, TokenUseCases.AuthenticateApiTokenUseCase {

    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AppRepository apps;
    private final IdGenerator ids;
    private final TokenCache cache;
    private final Clock clock;
    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();

    public ApiTokenService(ApiTokenRepository tokens, AppRepository apps, IdGenerator ids, TokenCache cache, Clock clock) {
        this.tokens = tokens;
        this.apps = apps;
        this.ids = ids;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public TokenUseCases.IssuedToken issue(IssueApiTokenCommand command) {
        if (command.scope() == TokenScope.GLOBAL && command.appId().isPresent()) {
            throw new InvalidInputException("appId", "appId is only valid when scope=app");
        }
        Optional<App> app = Optional.empty();
        if (command.scope() == TokenScope.APP) {
            long appId = command.appId().orElseThrow(() -> new InvalidInputException("appId", "appId is required when scope=app"));
            app = Optional.of(apps.findById(appId).orElseThrow(() -> new InvalidInputException("appId", "app " + appId + " does not exist")));
        }
        String plaintext = TokenHash.PREFIX + ids.secret(32);
        ApiToken stored = tokens.insert(new ApiToken(0, command.name(), command.scope(), app.map(App::id), app.map(App::name),
                app.map(App::tenantId).orElse(TenantId.PLATFORM), TokenHash.of(plaintext), command.allowedIps(),
                Optional.empty(), clock.instant(), false));
        return new TokenUseCases.IssuedToken(stored, plaintext);
    }

    /** The token that {@code STREAMHUB_API_TOKEN} names is kept as a global token (stored hashed). */
    public void ensureSeeded(String plaintext) {
        if (!plaintext.startsWith(TokenHash.PREFIX) || plaintext.length() < 20) {
            throw new InvalidInputException("STREAMHUB_API_TOKEN", "STREAMHUB_API_TOKEN must start with sk_ and be at least 20 characters");
        }
        TokenHash hash = TokenHash.of(plaintext);
        if (tokens.findActiveByHash(hash).isEmpty()) {
            tokens.insert(new ApiToken(0, "seeded (STREAMHUB_API_TOKEN)", TokenScope.GLOBAL, Optional.empty(), Optional.empty(),
                    TenantId.PLATFORM, hash, io.streamhub.domain.token.IpAllowlist.ANY, Optional.empty(), clock.instant(), false));
        }
    }

    @Override
    public List<ApiToken> list() {
        return tokens.findAll();
    }

    @Override
    public void revoke(long id) {
        if (!tokens.revoke(id)) {
            throw new NotFoundException("token", Long.toString(id));
        }
        cache.invalidateAll();
    }

    @Override
    public Principal authenticate(String plaintext, Optional<InetAddress> client) {
        if (plaintext == null || !plaintext.startsWith(TokenHash.PREFIX) || plaintext.length() > 200) {
            throw new UnauthenticatedException("Invalid or revoked API token");
        }
        Instant now = clock.instant();
        ApiToken token = cache.get(TokenHash.of(plaintext), now, tokens::findActiveByHash)
                .orElseThrow(() -> new UnauthenticatedException("Invalid or revoked API token"));
        if (!token.allowedIps().admits(client)) {
            throw new UnauthenticatedException("Client IP not allowed for this token");
        }
        touch(token, now);
        return new Principal.Service(token.id(), token.scope(), token.appName(), token.tenantId());
    }

    /** {@code lastUsedAt} is kept to the minute: one write per token per minute at most. */
    private void touch(ApiToken token, Instant now) {
        Instant previous = lastTouched.get(token.id());
        if (previous == null || previous.plus(LAST_USED_RESOLUTION).isBefore(now)) {
            lastTouched.put(token.id(), now);
            tokens.touchLastUsed(token.id(), now);
        }
    }
}
