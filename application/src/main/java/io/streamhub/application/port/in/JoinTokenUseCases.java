package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.room.JoinGrant;
import io.streamhub.domain.room.JoinRequest;
import java.util.Optional;

/** Driving ports for LiveKit join tokens. */
public final class JoinTokenUseCases {
    private JoinTokenUseCases() {
    }

    public record MintJoinTokenCommand(Principal actor, AppName app, JoinRequest request) {
    }

    /**
     * A signed token, what it grants, the URL of the node the room was placed on (when it was) and the
     * app's CDN base URL ({@code distribution.cdn.base_url}, when set) for viewer-facing play URLs.
     */
    public record JoinTokenView(String token, App app, JoinGrant grant, Optional<String> nodeUrl, Optional<String> cdnBaseUrl) {
        public JoinTokenView(String token, App app, JoinGrant grant, Optional<String> nodeUrl) {
            this(token, app, grant, nodeUrl, Optional.empty());
        }
    }

    public interface MintJoinTokenUseCase {
        /** Publishing tokens count against the tenant's {@code maxConcurrentStreams}. */
        JoinTokenView mint(MintJoinTokenCommand command);
    }

    public interface PlayTokenUseCase {
        /** A hidden, subscribe-only viewer; not found unless the app enables public playback. */
        JoinTokenView playToken(AppName app, String room);
    }

    public interface ViewerTokenUseCase {
        /** A subscribe-only, visible viewer of an existing room of the app (for the viewer router). */
        JoinTokenView viewerToken(AppName app, String namespacedRoom, String identity);
    }
}
