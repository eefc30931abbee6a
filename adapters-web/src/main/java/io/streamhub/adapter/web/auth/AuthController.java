package io.streamhub.adapter.web.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.AnyPrincipal;
import io.streamhub.adapter.web.security.ClientAddresses;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.AuthUseCases;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.UnavailableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.streamhub.adapter.web.api.JsonBodies;
import io.streamhub.adapter.web.audit.AuditNotes;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.OptionalLong;

/** Dashboard sign-in (HS256 session JWTs, 12 h) and "who am I". */
@Controller("/api/v1/auth")
@Tag(name = "auth")
public class AuthController {
    static final int SESSION_SECONDS = 12 * 3600;

    private final AuthUseCases.LoginUseCase login;
    private final TokenGenerator tokens;
    private final LoginRateLimiter limiter;
    private final ClientAddresses clients;

    private final JsonBodies bodies;

    public AuthController(JsonBodies bodies, AuthUseCases.LoginUseCase login, TokenGenerator tokens, LoginRateLimiter limiter,
                          ClientAddresses clients) {
        this.bodies = bodies;
        this.login = login;
        this.tokens = tokens;
        this.limiter = limiter;
        this.clients = clients;
    }

    @Serdeable
    record LoginRequest(String user, String password) {
    }

    @Serdeable
    public record SessionDto(String token, String tokenType, int expiresIn) {
    }

    @Serdeable
    public record MeDto(String principal, String via, String userId, String tenantId, String role, boolean isSuperadmin,
                        String scope, Long tokenId, String app) {
        static MeDto from(Principal p) {
            if (p instanceof Principal.Superadmin s) {
                return new MeDto(p.name(), s.userId().value().equals("admin") ? "admin_jwt" : "user_jwt",
                        s.userId().value(), p.tenantId().value(), "superadmin", true, "global", null, null);
            }
            if (p instanceof Principal.Member m) {
                return new MeDto(p.name(), "user_jwt", m.userId().value(), m.tenantId().value(), m.role().key(), false,
                        "user", null, null);
            }
            Principal.Service t = (Principal.Service) p;
            return new MeDto(p.name(), "api_token", null, t.tenantId().value(), "service", false, t.scope().key(),
                    t.tokenId(), t.app().map(Object::toString).orElse(null));
        }
    }

    @Public
    @Post("/login")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Sign in with the break-glass admin or a user's e-mail; rate-limited per client address")
    public MutableHttpResponse<?> login(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = LoginRequest.class))) String rawBody, HttpRequest<?> request) {
        LoginRequest body = bodies.read(rawBody, LoginRequest.class);
        String client = clients.describe(request);
        OptionalLong wait = limiter.retryAfterSeconds(client);
        if (wait.isPresent()) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", Long.toString(wait.getAsLong()))
                    .body(ApiResponse.failure(ApiError.of("rate_limited", "too many failed sign-ins; retry later")));
        }
        String user = Params.required(body.user(), "user");
        String password = Params.required(body.password(), "password");
        Principal principal;
        try {
            principal = login.login(user, password);
        } catch (UnauthenticatedException e) {
            limiter.recordFailure(client);
            throw e;
        }
        AuditNotes.actor(request, principal);
        String jwt = tokens.generateToken(Authentication.build(principal.name(), List.of()), SESSION_SECONDS)
                .orElseThrow(() -> new UnavailableException("login_unavailable", "session tokens cannot be signed"));
        return HttpResponse.ok(ApiResponse.of(new SessionDto(jwt, "Bearer", SESSION_SECONDS)));
    }

    @AnyPrincipal
    @Get("/me")
    @Operation(summary = "The calling principal: who, which tenant, which role or scope")
    public ApiResponse<MeDto> me(@Parameter(hidden = true) Principal actor) {
        return ApiResponse.of(MeDto.from(actor));
    }
}
