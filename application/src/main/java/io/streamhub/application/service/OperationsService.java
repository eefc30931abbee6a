package io.streamhub.application.service;

import io.streamhub.application.port.in.OperationsUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.application.port.out.UploadJobQueue;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.StoreHealth;
import io.streamhub.domain.app.App;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomOwnership;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Readings for operators: gauges recomputed from the stores at each scrape, and readiness. */
public final class OperationsService implements OperationsUseCases.ReadGaugesUseCase, OperationsUseCases.CheckReadinessUseCase {
    /** The status a node has in the gauges when it missed its heartbeats, whatever the operator set. */
    public static final String STALE = "stale";
    /** A room name no app can own (app prefixes never start with a dot): listing it asks LiveKit for nothing. */
    static final String PROBE_ROOM = ".streamhub-readiness-probe";
    /**
     * Media probes run here, not on the common pool (one thread on a two-core host): a hung LiveKit
     * holds only its own probe threads, each until the adapter's own timeout.
     */
    private static final ExecutorService PROBES = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "readiness-media-probe");
        thread.setDaemon(true);
        return thread;
    });

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final NodeRegistry nodes;
    private final StoreHealth store;
    private final MediaServerGateway media;
    private final CallbackStore callbacks;
    private final UploadJobQueue uploads;
    private final Clock clock;
    private final Settings settings;

    /**
     * @param staleAfter       a node unseen for longer is stale
     * @param mediaProbeTimeout how long readiness waits for the media server before calling it unreachable
     */
    public record Settings(Duration staleAfter, Duration mediaProbeTimeout) {
    }

    public OperationsService(AppRepository apps, AppWorkspace workspace, NodeRegistry nodes, StoreHealth store,
                             MediaServerGateway media, CallbackStore callbacks, UploadJobQueue uploads, Clock clock, Settings settings) {
        this.apps = apps;
        this.workspace = workspace;
        this.nodes = nodes;
        this.store = store;
        this.media = media;
        this.callbacks = callbacks;
        this.uploads = uploads;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public OperationsUseCases.GaugesView gauges() {
        Map<String, Long> appsPerTenant = new TreeMap<>();
        Map<String, Long> streams = new TreeMap<>();
        Map<String, Long> pending = new TreeMap<>();
        Map<String, Double> oldest = new TreeMap<>();
        Map<String, Long> uploadJobs = new TreeMap<>();
        Instant now = clock.instant();
        for (App app : apps.findAll()) {
            appsPerTenant.merge(app.tenantId().value(), 1L, Long::sum);
            streams.put(app.name().value(), workspace.activeStreams(app.name()));
            CallbackStore.Backlog backlog = callbacks.backlog(app.name());
            pending.put(app.name().value(), backlog.pending());
            uploadJobs.put(app.name().value(), uploads.pending(app.name()));
            oldest.put(app.name().value(), backlog.oldestPending().map(t -> Duration.between(t, now).toMillis() / 1000.0).orElse(0.0));
        }
        Map<String, Long> byStatus = new TreeMap<>();
        for (NodeStatus status : NodeStatus.values()) {
            byStatus.put(status.key(), 0L);
        }
        byStatus.put(STALE, 0L);
        Map<String, Double> ages = new TreeMap<>();
        for (NodeRegistry.RegisteredNode registered : nodes.all()) {
            Node node = registered.node();
            byStatus.merge(node.isStale(now, settings.staleAfter()) ? STALE : node.status().key(), 1L, Long::sum);
            node.lastSeenAt().ifPresent(seen -> ages.put(node.id().value(), Duration.between(seen, now).toMillis() / 1000.0));
        }
        return new OperationsUseCases.GaugesView(appsPerTenant, streams, byStatus, ages, pending, oldest, viewers(), uploadJobs);
    }

    /** Viewers per app from one room listing; every app present (0 included), or nothing when LiveKit cannot answer. */
    private Map<String, Long> viewers() {
        List<App> all = apps.findAll();
        Map<String, Long> viewers = new TreeMap<>();
        all.forEach(app -> viewers.put(app.name().value(), 0L));
        try {
            for (RoomInfo room : media.listRooms(List.of())) {
                RoomOwnership.ownerOf(room.name(), all).ifPresent(app ->
                        viewers.merge(app.name().value(), (long) Math.max(0, room.participants() - room.publishers()), Long::sum));
            }
            return viewers;
        } catch (UnavailableException | UpstreamException e) {
            return Map.of();
        }
    }

    @Override
    public OperationsUseCases.ReadinessView readiness() {
        boolean answers = store.answers();
        return new OperationsUseCases.ReadinessView(answers, answers && store.migrated(), mediaServerReachable());
    }

    /** Any answer counts, an empty one included; a slow server is reported unreachable rather than holding the probe. */
    private boolean mediaServerReachable() {
        CompletableFuture<Boolean> call = CompletableFuture.supplyAsync(() -> {
            media.listRooms(List.of(PROBE_ROOM));
            return true;
        }, PROBES);
        try {
            return call.get(settings.mediaProbeTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            call.cancel(true);
            return false;
        }
    }
}
