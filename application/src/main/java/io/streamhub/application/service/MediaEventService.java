package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppTransactions;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.EventNames;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.IngressAuth;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.room.RoomOwnership;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inbound media-server webhooks. The signature is checked before anything else; then, before the
 * answer, the state change (the app's stream row) and the callbacks it causes (the business event
 * and the forwarded LiveKit event) are written in one transaction on the app's database, so an
 * acknowledged event is never lost to a crash. Nothing is delivered here: the outbox dispatcher
 * does that, so a slow receiver never delays LiveKit. Calls back to LiveKit (tearing down an
 * RTMP ingress that started with a StreamHub password not yet validated) run on {@code worker}.
 */
public final class MediaEventService implements MediaUseCases.ReceiveMediaEventUseCase {
    private static final System.Logger LOG = System.getLogger(MediaEventService.class.getName());

    private final MediaEventVerifier verifier;
    private final AppRepository apps;
    private final StreamRepository streams;
    private final IngressAuthRepository ingressAuth;
    private final MediaServerGateway media;
    private final PlacementStore placements;
    private final AppTransactions transactions;
    private final CallbackPublisher callbacks;
    private final Executor worker;
    private final Clock clock;
    private final EgressRecorder recorder;
    private final java.util.function.BiConsumer<AppName, MediaEvent> follower;
    private final StreamLedger ledger = new StreamLedger();
    private final AtomicLong dropped = new AtomicLong();
    private final Map<AppName, Object> locks = new ConcurrentHashMap<>();

    public MediaEventService(MediaEventVerifier verifier, AppRepository apps, StreamRepository streams,
                             IngressAuthRepository ingressAuth, MediaServerGateway media, PlacementStore placements,
                             AppTransactions transactions, CallbackPublisher callbacks, Executor worker, Clock clock) {
        this(verifier, apps, streams, ingressAuth, media, placements, transactions, callbacks, worker, clock, null);
    }

    /** With {@code recorder}, egress events also drive the app's VODs (recording issue 4). */
    public MediaEventService(MediaEventVerifier verifier, AppRepository apps, StreamRepository streams,
                             IngressAuthRepository ingressAuth, MediaServerGateway media, PlacementStore placements,
                             AppTransactions transactions, CallbackPublisher callbacks, Executor worker, Clock clock,
                             EgressRecorder recorder) {
        this(verifier, apps, streams, ingressAuth, media, placements, transactions, callbacks, worker, clock, recorder,
                (app, event) -> { });
    }

    /** With {@code follower}, told of every event of an app after its changes committed (live HLS follows streams this way). */
    public MediaEventService(MediaEventVerifier verifier, AppRepository apps, StreamRepository streams,
                             IngressAuthRepository ingressAuth, MediaServerGateway media, PlacementStore placements,
                             AppTransactions transactions, CallbackPublisher callbacks, Executor worker, Clock clock,
                             EgressRecorder recorder, java.util.function.BiConsumer<AppName, MediaEvent> follower) {
        this.follower = follower;
        this.recorder = recorder;
        this.verifier = verifier;
        this.apps = apps;
        this.streams = streams;
        this.ingressAuth = ingressAuth;
        this.media = media;
        this.placements = placements;
        this.transactions = transactions;
        this.callbacks = callbacks;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public void receive(String body, String authorization) {
        handle(verifier.verify(body, authorization));
    }

    void handle(MediaEvent event) {
        try {
            Optional<App> owner = event.roomName().flatMap(room -> RoomOwnership.ownerOf(room, apps.findAll()));
            if (owner.isEmpty()) {
                return;
            }
            AppName app = owner.get().name();
            if (event.kind() == MediaEvent.Kind.ROOM_FINISHED) {
                placements.forget(app, event.roomName().orElseThrow());
            }
            // one app's events are applied one at a time, as LiveKit sent them; apps do not wait on each other
            synchronized (locks.computeIfAbsent(app, a -> new Object())) {
                apply(app, event);
            }
            follower.accept(app, event);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "media event " + event.id() + " (" + event.kind().key() + ") failed", e);
        }
    }

    /** Reads first; opens a write transaction only when a stream changes or an endpoint takes an event. */
    private void apply(AppName app, MediaEvent event) {
        if (refusedUnvalidatedIngress(app, event)) {
            return;
        }
        Optional<Stream> before = ledger.streamIdOf(event).flatMap(id -> streams.find(app, id));
        Optional<Stream> after = ledger.streamIdOf(event).flatMap(id -> ledger.apply(event, before, clock.instant()))
                .filter(s -> !before.equals(Optional.of(s)));
        List<Runnable> writes = new ArrayList<>();
        after.ifPresent(stream -> {
            writes.add(() -> streams.save(app, stream));
            boolean wasActive = before.filter(Stream::active).isPresent();
            if (!wasActive && stream.active()) {
                writes.add(publishing(app, EventNames.STREAM_STARTED, Optional.of(stream.room()), MediaEventPayload.streamStarted(stream, event)));
            } else if (wasActive && !stream.active()) {
                writes.add(publishing(app, EventNames.STREAM_ENDED, Optional.of(stream.room()), MediaEventPayload.streamEnded(stream, event)));
            }
        });
        if (recorder != null) {
            writes.addAll(recorder.changes(app, event));
        }
        if (event.kind() != MediaEvent.Kind.OTHER) {
            writes.add(publishing(app, event.kind().key(), event.roomName(), MediaEventPayload.forwarded(event)));
        }
        writes.removeIf(Objects::isNull);
        if (!writes.isEmpty()) {
            transactions.inApp(app, () -> writes.forEach(Runnable::run));
        }
    }

    /** The write that records {@code name}, or null when no endpoint takes it (then counted as dropped at once). */
    private Runnable publishing(AppName app, String name, Optional<String> room, Map<String, Object> data) {
        if (!callbacks.wanted(app, name)) {
            callbacks.publish(app, name, room, data);
            return null;
        }
        return () -> callbacks.publish(app, name, room, data);
    }

    /** A password-protected ingress that starts before its password was validated is torn down. */
    private boolean refusedUnvalidatedIngress(AppName app, MediaEvent event) {
        if (event.kind() != MediaEvent.Kind.INGRESS_STARTED || event.ingress().isEmpty()) {
            return false;
        }
        IngressInfo ingress = event.ingress().get();
        Optional<IngressAuth> auth = ingressAuth.find(app, ingress.id());
        if (auth.isEmpty() || auth.get().isValidated()) {
            return false;
        }
        LOG.log(System.Logger.Level.WARNING, "ingress {0} of app {1} started without a validated password: deleting it",
                ingress.id(), app);
        transactions.inApp(app, () -> callbacks.publish(app, EventNames.STREAM_ENDED, Optional.of(ingress.room()),
                MediaEventPayload.refusedIngress(ingress)));
        try {
            worker.execute(() -> {
                try {
                    media.deleteIngress(ingress.id());
                    ingressAuth.delete(app, ingress.id());
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.ERROR, "cannot tear down ingress " + ingress.id() + " of app " + app, e);
                }
            });
        } catch (RejectedExecutionException full) {
            long n = dropped.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "{0} ingress teardowns dropped so far: queue full", n);
        }
        return true;
    }
}
