package io.streamhub.adapter.web.token;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.api.Params;
import io.streamhub.adapter.web.security.GlobalScope;
import io.streamhub.application.port.in.IssueApiTokenCommand;
import io.streamhub.application.port.in.TokenUseCases;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.token.ApiToken;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.streamhub.adapter.web.api.JsonBodies;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code sk_} API tokens for integrations (platform administrators only). */
@Controller("/api/v1/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tokens")
public class TokenController {
    private final TokenUseCases.IssueApiTokenUseCase issue;
    private final TokenUseCases.ListApiTokensUseCase list;
    private final TokenUseCases.RevokeApiTokenUseCase revoke;

    private final JsonBodies bodies;

    public TokenController(JsonBodies bodies, TokenUseCases.IssueApiTokenUseCase issue, TokenUseCases.ListApiTokensUseCase list,
                           TokenUseCases.RevokeApiTokenUseCase revoke) {
        this.bodies = bodies;
        this.issue = issue;
        this.list = list;
        this.revoke = revoke;
    }

    @Serdeable
    record IssueRequest(String name, String scope, Long appId, List<String> allowedIps) {
    }

    /** The hash is never shown; the plaintext only in {@link IssuedDto}, once. */
    @Serdeable
    public record TokenDto(long id, String name, String scope, Long appId, String app, List<String> allowedIps,
                           Instant lastUsedAt, Instant createdAt, boolean revoked) {
        static TokenDto from(ApiToken t) {
            return new TokenDto(t.id(), t.name(), t.scope().key(), t.appId().orElse(null),
                    t.appName().map(Object::toString).orElse(null), t.allowedIps().asStrings(),
                    t.lastUsedAt().orElse(null), t.createdAt(), t.revoked());
        }
    }

    @Serdeable
    public record IssuedDto(long id, String token, String name, String scope, Long appId, List<String> allowedIps) {
    }

    @Get
    @GlobalScope
    @Operation(summary = "Every token, newest first; never the secret")
    public ApiResponse<List<TokenDto>> list() {
        return ApiResponse.of(list.list().stream().map(TokenDto::from).toList());
    }

    @Post
    @GlobalScope
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Mint a token; the plaintext sk_ value is returned once")
    public ApiResponse<IssuedDto> issue(@Body @RequestBody(content = @Content(schema = @Schema(
            implementation = IssueRequest.class))) String rawBody) {
        IssueRequest body = bodies.read(rawBody, IssueRequest.class);
        String name = Params.required(body.name(), "name").trim();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInputException("name", "name must be 1 to 100 characters");
        }
        TokenScope scope = TokenScope.parse(Params.required(body.scope(), "scope"));
        TokenUseCases.IssuedToken issued = issue.issue(new IssueApiTokenCommand(name, scope,
                Optional.ofNullable(body.appId()), IpAllowlist.parse(body.allowedIps())));
        ApiToken t = issued.token();
        return ApiResponse.of(new IssuedDto(t.id(), issued.plaintext(), t.name(), t.scope().key(),
                t.appId().orElse(null), t.allowedIps().asStrings()));
    }

    @Delete("/{id}")
    @GlobalScope
    @Operation(summary = "Revoke a token; it fails from the next request on")
    public HttpResponse<Void> revoke(String id) {
        revoke.revoke(Params.positiveLong(id, "id"));
        return HttpResponse.noContent();
    }
}
