package io.streamhub.adapter.livekit;

import io.micronaut.context.annotation.Value;
import io.livekit.server.AccessToken;
import io.livekit.server.CanPublish;
import io.livekit.server.CanPublishData;
import io.livekit.server.CanPublishSources;
import io.livekit.server.CanSubscribe;
import io.livekit.server.Hidden;
import io.livekit.server.Recorder;
import io.livekit.server.RoomJoin;
import io.livekit.server.RoomName;
import io.livekit.server.VideoGrant;
import io.streamhub.application.port.out.MediaTokenIssuer;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.room.JoinGrant;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** Signs LiveKit access tokens (HS256 with the API secret, the API key as issuer) with the SDK. */
@Singleton
public class LiveKitTokenIssuer implements MediaTokenIssuer {
    private final String apiKey;
    private final String apiSecret;

    public LiveKitTokenIssuer(@Value("${streamhub.livekit.api-key:}") String apiKey,
                              @Value("${streamhub.livekit.api-secret:}") String apiSecret) {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
    }

    @Override
    public String sign(JoinGrant grant) {
        if (apiKey.isBlank() || apiSecret.isBlank()) {
            throw new UnavailableException("livekit_unconfigured", "LIVEKIT_API_KEY and LIVEKIT_API_SECRET are not set");
        }
        AccessToken token = new AccessToken(apiKey, apiSecret);
        token.setIdentity(grant.identity());
        token.setName(grant.name());
        if (!grant.metadata().isEmpty()) {
            token.setMetadata(grant.metadata());
        }
        token.setTtl(grant.ttl().toMillis());
        List<VideoGrant> grants = new ArrayList<>(List.of(new RoomJoin(true), new RoomName(grant.room()),
                new CanPublish(grant.canPublish()), new CanSubscribe(grant.canSubscribe()),
                new CanPublishData(grant.canPublishData())));
        if (grant.hidden()) {
            grants.add(new Hidden(true));
        }
        if (grant.recorder()) {
            grants.add(new Recorder(true));
        }
        if (grant.audioOnly() && grant.canPublish()) {
            grants.add(new CanPublishSources(List.of("microphone")));
        }
        token.addGrants(grants);
        return token.toJwt();
    }
}
