package io.streamhub.application.port.in;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.vod.Vod;
import java.util.Optional;

/** Driving ports for starting and stopping an app's recordings (LiveKit egress). */
public final class RecordingUseCases {
    private RecordingUseCases() {
    }

    /** {@code room} is namespaced into the app like every room name; {@code streamId} ({@code room/identity}) picks the participant in participant mode. */
    public record StartRecordingCommand(AppName app, String room, Optional<String> streamId) {
    }

    public interface StartRecordingUseCase {
        /** @throws io.streamhub.domain.error.NotFoundException when the app has no such live room */
        Vod start(StartRecordingCommand command);
    }

    public interface StopRecordingUseCase {
        /** {@code id} is the VOD id or its egress id; another app's recording is not found. */
        Vod stop(AppName app, String id);
    }
}
