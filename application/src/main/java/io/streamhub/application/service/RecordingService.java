package io.streamhub.application.service;

import io.streamhub.application.port.in.RecordingUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.RecordingFiles;
import io.streamhub.application.port.out.VodRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.event.EgressInfo;
import io.streamhub.domain.vod.RecordingSpec;
import io.streamhub.domain.vod.Vod;
import io.streamhub.domain.quota.QuotaMetric;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Starts and stops recordings of an app's live rooms through the media server's egress. The room
 * name is namespaced into the app, so another app's room is never reached (404). The VOD row and
 * {@code recording_started} are written once the egress exists; the rest is driven by egress webhooks.
 */
public final class RecordingService implements RecordingUseCases.StartRecordingUseCase, RecordingUseCases.StopRecordingUseCase {
    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final MediaServerGateway media;
    private final RecordingFiles files;
    private final VodRepository vods;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final Clock clock;

    private final QuotaGuard quotas;

    public RecordingService(AppRepository apps, AppWorkspace workspace, MediaServerGateway media, RecordingFiles files,
                            VodRepository vods, AppTransactions transactions, CallbackPublisher callbacks, QuotaGuard quotas,
                            Clock clock) {
        this.quotas = quotas;
        this.apps = apps;
        this.workspace = workspace;
        this.media = media;
        this.files = files;
        this.vods = vods;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public Vod start(RecordingUseCases.StartRecordingCommand command) {
        App app = AppLookup.require(apps, command.app());
        AppConfig.Recording settings = workspace.readConfig(app.name()).recording();
        if (!settings.enabled()) {
            throw new InvalidInputException("recording", "recording is disabled for app " + app.name());
        }
        if (command.room() == null || command.room().isBlank()) {
            throw new InvalidInputException("roomName", "roomName is required");
        }
        String room = app.roomPrefix().namespace(command.room());
        if (media.listRooms(List.of(room)).isEmpty()) {
            throw new NotFoundException("room", command.room());
        }
        quotas.ensureRoomFor(app.tenantId(), QuotaMetric.RECORDING_MINUTES_MONTH, 1);
        Optional<String> participant = Optional.empty();
        if ("participant".equals(settings.mode())) {
            String streamId = command.streamId().orElseThrow(() -> new InvalidInputException("streamId",
                    "streamId (room/identity) is required in participant mode"));
            int slash = streamId.indexOf('/');
            if (slash < 0 || !streamId.substring(0, slash).equals(room) || slash == streamId.length() - 1) {
                throw new InvalidInputException("streamId", "streamId must be " + room + "/<identity>");
            }
            participant = Optional.of(streamId.substring(slash + 1));
        }
        EgressInfo egress = media.startRecording(new RecordingSpec(room, participant, settings.layout(),
                files.egressTarget(app.name(), room)));
        return transactions.inApp(app.name(), () -> {
            // the egress_started webhook may have created the VOD already: then it also announced it
            Optional<Vod> created = vods.insertIfAbsent(app.name(),
                    Vod.recording(0, egress.egressId(), room, command.streamId(), clock.instant()));
            created.ifPresent(vod -> callbacks.publish(app.name(), EventNames.RECORDING_STARTED, Optional.of(room),
                    VodPayload.started(app.name(), vod)));
            return created.or(() -> vods.findByEgress(app.name(), egress.egressId())).orElseThrow();
        });
    }

    @Override
    public Vod stop(AppName app, String id) {
        AppLookup.require(apps, app);
        Optional<Vod> vod = id.chars().allMatch(Character::isDigit) && !id.isEmpty() && id.length() < 19
                ? vods.find(app, Long.parseLong(id)) : vods.findByEgress(app, id);
        Vod found = vod.orElseThrow(() -> new NotFoundException("recording", id));
        media.stopRecording(found.egressId());
        return found;
    }
}
