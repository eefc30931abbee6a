package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamLedger;
import io.streamhub.domain.stream.StreamType;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An app's live streams: the stored ledger, reconciled with the media server's live state on every
 * listing. When the media server cannot be reached the stored state is shown as it is, never pruned.
 * A stream that reconciliation starts or ends, or that an operator stops, raises {@code stream_started}
 * / {@code stream_ended} (with a {@code reason}) in the same transaction as the row.
 */
public final class LiveStreamService implements MediaUseCases.LiveStreamsUseCase {
    private static final System.Logger LOG = System.getLogger(LiveStreamService.class.getName());

    private final AppRepository apps;
    private final MediaServerGateway media;
    private final StreamRepository streams;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final Clock clock;
    private final StreamLedger ledger = new StreamLedger();

    public LiveStreamService(AppRepository apps, MediaServerGateway media, StreamRepository streams, AppTransactions transactions,
                             CallbackPublisher callbacks, Clock clock) {
        this.apps = apps;
        this.media = media;
        this.streams = streams;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public List<MediaUseCases.StreamView> active(AppName name) {
        App app = AppLookup.require(apps, name);
        Optional<Map<String, List<ParticipantInfo>>> live = liveState(app);
        live.ifPresent(state -> ledger.reconcile(streams.active(name), state, clock.instant())
                .forEach(stream -> record(name, stream, "reconciled")));
        return streams.active(name).stream().map(s -> view(s, live.map(state -> state.getOrDefault(s.room(), List.of())))).toList();
    }

    @Override
    public MediaUseCases.StreamView get(AppName name, String streamId) {
        App app = AppLookup.require(apps, name);
        Stream stream = find(app, streamId);
        if (!stream.active()) {
            return view(stream, Optional.empty());
        }
        return view(stream, tryMedia(() -> media.listParticipants(stream.room())));
    }

    @Override
    public void stop(AppName name, String streamId) {
        App app = AppLookup.require(apps, name);
        Stream stream = find(app, streamId);
        if (stream.active()) {
            Optional<IngressInfo> ingress = stream.type() == StreamType.WEBRTC ? Optional.empty()
                    : tryMedia(() -> media.listIngress(Optional.of(stream.room()))).orElse(List.of()).stream()
                            .filter(i -> stream.participant().equals(i.participantIdentity())).findFirst();
            if (ingress.isPresent()) {
                media.deleteIngress(ingress.get().id());
            } else {
                media.removeParticipant(stream.room(), stream.participant());
            }
        }
        if (stream.active()) {
            record(name, stream.ended(clock.instant()), "stopped");
        }
    }

    /** Saves a stream that started or ended, with its callback, in one transaction. */
    private void record(AppName app, Stream stream, String reason) {
        transactions.inApp(app, () -> {
            streams.save(app, stream);
            callbacks.publish(app, stream.active() ? EventNames.STREAM_STARTED : EventNames.STREAM_ENDED, Optional.of(stream.room()),
                    MediaEventPayload.changed(stream, reason));
        });
    }

    private Stream find(App app, String streamId) {
        return streams.find(app.name(), streamId)
                .filter(s -> app.roomPrefix().owns(s.room()))
                .orElseThrow(() -> new NotFoundException("stream", streamId));
    }

    private Optional<Map<String, List<ParticipantInfo>>> liveState(App app) {
        return tryMedia(() -> {
            Map<String, List<ParticipantInfo>> state = new LinkedHashMap<>();
            for (RoomInfo room : media.listRooms(List.of())) {
                if (app.roomPrefix().owns(room.name())) {
                    state.put(room.name(), media.listParticipants(room.name()));
                }
            }
            return state;
        });
    }

    private static <T> Optional<T> tryMedia(java.util.function.Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (UnavailableException | UpstreamException e) {
            LOG.log(System.Logger.Level.WARNING, "media server not consulted: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    private static MediaUseCases.StreamView view(Stream stream, Optional<List<ParticipantInfo>> participants) {
        if (!stream.active()) {
            return new MediaUseCases.StreamView(stream, Optional.empty(), Optional.empty());
        }
        return new MediaUseCases.StreamView(stream, participants.map(StreamLedger::viewers), participants.map(List::size));
    }
}
