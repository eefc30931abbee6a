package io.streamhub.adapter.web.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.MediaUseCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * LiveKit's webhooks. Public, because the request authenticates itself: a JWT signed with the
 * LiveKit secret whose {@code sha256} claim covers the raw body. Verified before anything else;
 * the work is queued, so the answer never waits for it.
 */
@Controller("/api/v1/webhooks")
@Tag(name = "webhooks")
public class LiveKitWebhookController {
    private final MediaUseCases.ReceiveMediaEventUseCase events;

    public LiveKitWebhookController(MediaUseCases.ReceiveMediaEventUseCase events) {
        this.events = events;
    }

    @Serdeable
    public record Ack(boolean received) {
    }

    @Public
    @Post("/livekit")
    @Consumes({"application/webhook+json", "application/json"})
    @Operation(summary = "LiveKit webhook sink (signature required; 401 otherwise)")
    public ApiResponse<Ack> receive(@Body String body, @Nullable @Header("Authorization") String authorization) {
        events.receive(body, authorization);
        return ApiResponse.of(new Ack(true));
    }
}
