package io.streamhub.application.service;

import io.streamhub.application.port.in.HlsUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.HlsDirectories;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.event.EgressInfo;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.hls.HlsPath;
import io.streamhub.domain.hls.HlsSpec;
import io.streamhub.domain.stream.Stream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Live HLS of an app's streams: one room-composite egress per room cut into segments in the room's
 * HLS directory, started and stopped on request ({@code hls_started}/{@code hls_stopped}), stopped too
 * when the room's last stream ends or the egress ends on its own; the directory of an ended room is
 * removed after a grace period so late viewers can still fetch the tail.
 */
public final class HlsService implements HlsUseCases.StartHlsUseCase, HlsUseCases.StopHlsUseCase, HlsUseCases.HlsStatusUseCase,
        HlsUseCases.HlsPlaybackUseCase {
    public static final String HLS_STARTED = "hls_started";
    public static final String HLS_STOPPED = "hls_stopped";
    private static final System.Logger LOG = System.getLogger(HlsService.class.getName());

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final StreamRepository streams;
    private final MediaServerGateway media;
    private final HlsDirectories directories;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final Duration grace;
    private final Clock clock;

    public HlsService(AppRepository apps, AppWorkspace workspace, StreamRepository streams, MediaServerGateway media,
                      HlsDirectories directories, AppTransactions transactions, CallbackPublisher callbacks, Duration grace,
                      Clock clock) {
        this.apps = apps;
        this.workspace = workspace;
        this.streams = streams;
        this.media = media;
        this.directories = directories;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.grace = grace;
        this.clock = clock;
    }

    /**
     * The one place an app's segment settings are read. TODO(merge): return the app config's
     * {@code hls} block ({@code AppConfig.hls()}, issue 9 part 1) once it exists; until then the defaults.
     */
    AppConfig.Hls settingsOf(AppName app) {
        return workspace.readConfig(app).hls();
    }

    @Override
    public synchronized HlsUseCases.HlsView start(AppName app, String streamId) {
        App found = AppLookup.require(apps, app);
        Stream stream = stream(app, streamId);
        if (!stream.active()) {
            throw new InvalidInputException("streamId", "stream " + streamId + " has ended");
        }
        String dir = HlsPath.roomDirectory(stream.room());
        Optional<String> running = directories.activeEgress(app, dir);
        if (running.isPresent()) {
            return view(app, stream, running);
        }
        String layout = workspace.readConfig(found.name()).recording().layout();
        EgressInfo egress = media.startHls(new HlsSpec(stream.room(), layout, directories.egressDirectory(app, dir),
                settingsOf(app)));
        directories.egressStarted(app, dir, egress.egressId());
        HlsUseCases.HlsView view = view(app, stream, Optional.of(egress.egressId()));
        announce(app, HLS_STARTED, stream.room(), view);
        return view;
    }

    @Override
    public synchronized HlsUseCases.HlsView stop(AppName app, String streamId) {
        AppLookup.require(apps, app);
        Stream stream = stream(app, streamId);
        String dir = HlsPath.roomDirectory(stream.room());
        Optional<String> running = directories.activeEgress(app, dir);
        if (running.isEmpty()) {
            return view(app, stream, Optional.empty());
        }
        media.stopRecording(running.get());
        directories.ended(app, dir, clock.instant());
        HlsUseCases.HlsView view = new HlsUseCases.HlsView(stream.streamId(), stream.room(), running, false, playlistPath(app, dir));
        announce(app, HLS_STOPPED, stream.room(), view);
        return view;
    }

    @Override
    public HlsUseCases.HlsView status(AppName app, String streamId) {
        AppLookup.require(apps, app);
        Stream stream = stream(app, streamId);
        return view(app, stream, directories.activeEgress(app, HlsPath.roomDirectory(stream.room())));
    }

    @Override
    public Optional<Boolean> publicPlayback(AppName app) {
        return apps.findByName(app).map(found -> workspace.readConfig(found.name()).features().publicPlayback());
    }

    /**
     * Follows the media server: an HLS egress that ended (stopped, failed or limit reached) leaves its
     * directory ended; a room whose last stream ended, or that finished, has its HLS egress stopped.
     * Called after the event's own changes are committed.
     */
    public synchronized void onMediaEvent(AppName app, MediaEvent event) {
        Optional<String> room = event.roomName();
        if (room.isEmpty()) {
            return;
        }
        String dir = HlsPath.roomDirectory(room.get());
        Optional<String> running = directories.activeEgress(app, dir);
        if (running.isEmpty()) {
            return;
        }
        boolean egressEnded = event.egress().filter(e -> e.egressId().equals(running.get()))
                .filter(e -> e.outcome() != EgressInfo.Outcome.RUNNING).isPresent();
        boolean roomIdle = switch (event.kind()) {
            case ROOM_FINISHED -> true;
            case PARTICIPANT_LEFT, TRACK_UNPUBLISHED, INGRESS_ENDED ->
                    streams.active(app).stream().noneMatch(s -> s.room().equals(room.get()));
            default -> false;
        };
        if (!egressEnded && !roomIdle) {
            return;
        }
        if (!egressEnded) {
            try {
                media.stopRecording(running.get());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot stop HLS egress " + running.get() + " of app " + app, e);
            }
        }
        directories.ended(app, dir, clock.instant());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("egressId", running.get());
        data.put("room", room.get());
        data.put("reason", egressEnded ? "egress_ended" : "stream_ended");
        data.put("playlistUrl", playlistPath(app, dir));
        transactions.inApp(app, () -> callbacks.publish(app, HLS_STOPPED, room, data));
    }

    /** Removes the directories of rooms that ended more than the grace period ago; returns how many. */
    public int removeEnded() {
        int removed = 0;
        for (HlsDirectories.Ended ended : directories.endedBefore(clock.instant().minus(grace))) {
            if (directories.activeEgress(ended.app(), ended.roomDirectory()).isEmpty()) {
                directories.delete(ended.app(), ended.roomDirectory());
                removed++;
            }
        }
        return removed;
    }

    private Stream stream(AppName app, String streamId) {
        if (streamId == null || streamId.isBlank()) {
            throw new InvalidInputException("id", "stream id is required");
        }
        return streams.find(app, streamId).orElseThrow(() -> new NotFoundException("stream", streamId));
    }

    private HlsUseCases.HlsView view(AppName app, Stream stream, Optional<String> egress) {
        String dir = HlsPath.roomDirectory(stream.room());
        return new HlsUseCases.HlsView(stream.streamId(), stream.room(), egress,
                egress.isPresent() || directories.playlistExists(app, dir), playlistPath(app, dir));
    }

    private static String playlistPath(AppName app, String dir) {
        return HlsPath.PREFIX + app.value() + "/" + dir + "/" + HlsSpec.PLAYLIST;
    }

    private void announce(AppName app, String event, String room, HlsUseCases.HlsView view) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("egressId", view.egressId().orElse(null));
        data.put("room", room);
        data.put("streamId", view.streamId());
        data.put("playlistUrl", view.playlistPath());
        transactions.inApp(app, () -> callbacks.publish(app, event, Optional.of(room), data));
    }

    /** @return the grace period kept after a room's HLS ended */
    public Duration grace() {
        return grace;
    }
}
