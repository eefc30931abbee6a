package io.streamhub.adapter.web.playback;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.domain.error.UnauthenticatedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The P2P tracker's allow-list: the swarms it may serve now. Authenticated by its own shared secret
 * ({@code STREAMHUB_TRACKER_SECRET}, compared in constant time), like {@code /metrics} by its token;
 * hidden (404) while the secret is unset.
 */
@Controller("/api/v1/p2p")
@Tag(name = "playback")
public class SwarmsController {
    /** How long the tracker may trust an answer: it polls at least this often. */
    static final int TTL_SECONDS = 2;

    private final PlaybackUseCases.LiveSwarmsUseCase swarms;
    private final Optional<byte[]> expectedDigest;

    public SwarmsController(PlaybackUseCases.LiveSwarmsUseCase swarms, @Value("${streamhub.tracker-secret:}") String secret) {
        this.swarms = swarms;
        this.expectedDigest = secret == null || secret.isBlank() ? Optional.empty() : Optional.of(digest(secret));
    }

    @Serdeable
    public record SwarmsDto(List<String> swarms, int ttlSeconds) {
    }

    @Public
    @Get("/swarms")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "For the P2P tracker (Bearer STREAMHUB_TRACKER_SECRET): the swarm ids of live rooms of apps with P2P on; "
            + "404 while the secret is unset")
    public ApiResponse<SwarmsDto> swarms(@Parameter(hidden = true) @Nullable @Header("Authorization") String authorization) {
        byte[] expected = expectedDigest.orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "Page Not Found"));
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
        if (presented == null || !MessageDigest.isEqual(expected, digest(presented))) {
            throw new UnauthenticatedException("a valid tracker secret is required");
        }
        return ApiResponse.of(new SwarmsDto(swarms.liveSwarms(), TTL_SECONDS));
    }

    /** Digests have one length whatever was presented, so the comparison leaks neither content nor length. */
    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
