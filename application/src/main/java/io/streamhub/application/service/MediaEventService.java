package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.IngressAuth;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.room.RoomOwnership;
import io.streamhub.domain.stream.StreamLedger;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Inbound media-server webhooks: the signature is checked before anything else, then the event is
 * handed to {@code worker} (one thread, in order) and the call returns. Effects happen after the
 * answer; an event lost to a crash or a full queue is repaired by the next reconciliation. An RTMP
 * ingress that starts with a StreamHub password not yet validated is deleted at the media server.
 */
public final class MediaEventService implements MediaUseCases.ReceiveMediaEventUseCase {
    private static final System.Logger LOG = System.getLogger(MediaEventService.class.getName());

    private final MediaEventVerifier verifier;
    private final AppRepository apps;
    private final StreamRepository streams;
    private final IngressAuthRepository ingressAuth;
    private final MediaServerGateway media;
    private final PlacementStore placements;
    private final Executor worker;
    private final Clock clock;
    private final StreamLedger ledger = new StreamLedger();
    private final AtomicLong dropped = new AtomicLong();

    public MediaEventService(MediaEventVerifier verifier, AppRepository apps, StreamRepository streams,
                             IngressAuthRepository ingressAuth, MediaServerGateway media, PlacementStore placements, Executor worker,
                             Clock clock) {
        this.verifier = verifier;
        this.apps = apps;
        this.streams = streams;
        this.ingressAuth = ingressAuth;
        this.media = media;
        this.placements = placements;
        this.worker = worker;
        this.clock = clock;
    }

    @Override
    public void receive(String body, String authorization) {
        MediaEvent event = verifier.verify(body, authorization);
        try {
            worker.execute(() -> handle(event));
        } catch (RejectedExecutionException full) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                LOG.log(System.Logger.Level.WARNING, "{0} media events dropped so far: queue full (reconciliation repairs streams)", n);
            }
        }
    }

    void handle(MediaEvent event) {
        try {
            Optional<App> app = event.roomName().flatMap(room -> RoomOwnership.ownerOf(room, apps.findAll()));
            if (app.isPresent() && event.kind() == MediaEvent.Kind.ROOM_FINISHED) {
                placements.forget(app.get().name(), event.roomName().orElseThrow());
            }
            Optional<String> streamId = ledger.streamIdOf(event);
            if (app.isEmpty() || streamId.isEmpty() || refusedUnvalidatedIngress(app.get(), event)) {
                return;
            }
            ledger.apply(event, streams.find(app.get().name(), streamId.get()), clock.instant())
                    .ifPresent(stream -> streams.save(app.get().name(), stream));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "media event " + event.id() + " (" + event.kind().key() + ") failed", e);
        }
    }

    /** A password-protected ingress that starts before its password was validated is torn down. */
    private boolean refusedUnvalidatedIngress(App app, MediaEvent event) {
        if (event.kind() != MediaEvent.Kind.INGRESS_STARTED || event.ingress().isEmpty()) {
            return false;
        }
        IngressInfo ingress = event.ingress().get();
        Optional<IngressAuth> auth = ingressAuth.find(app.name(), ingress.id());
        if (auth.isEmpty() || auth.get().isValidated()) {
            return false;
        }
        LOG.log(System.Logger.Level.WARNING, "ingress {0} of app {1} started without a validated password: deleting it",
                ingress.id(), app.name());
        media.deleteIngress(ingress.id());
        ingressAuth.delete(app.name(), ingress.id());
        return true;
    }
}
