package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.InMemoryNodeRegistry;
import io.streamhub.application.port.in.OperationsUseCases;
import io.streamhub.application.port.out.StoreHealth;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OperationsServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final InMemoryNodeRegistry nodes = new InMemoryNodeRegistry();
    private final FakeMediaServer media = new FakeMediaServer();
    private boolean answers = true;
    private boolean migrated = true;
    private final StoreHealth store = new StoreHealth() {
        @Override
        public boolean answers() {
            return answers;
        }

        @Override
        public boolean migrated() {
            return migrated;
        }
    };
    private final io.streamhub.application.fakes.InMemoryCallbackStore callbacks = new io.streamhub.application.fakes.InMemoryCallbackStore();
    private final io.streamhub.application.fakes.InMemoryUploadJobQueue uploads = new io.streamhub.application.fakes.InMemoryUploadJobQueue();
    private final OperationsService operations = new OperationsService(f.apps, f.workspace, nodes, store, media, callbacks, uploads, f.clock,
            new OperationsService.Settings(Duration.ofSeconds(90), Duration.ofSeconds(2)));

    private static String id(int n) {
        return new java.util.UUID(0, n).toString();
    }

    private Node node(int n, NodeStatus status, Optional<Instant> seen) {
        String id = id(n);
        return new Node(new NodeId(id), "name-" + id, "ws://" + id, Optional.empty(), status, f.clock.instant(), seen,
                Optional.empty(), NodeCapacity.DEFAULT, new NodeLoad(0, 0, 0, 0));
    }

    @Test
    void gaugesCountAppsPerTenantAndLiveStreamsPerAppIncludingIdleApps() {
        TenantId acme = f.newTenant("Acme");
        f.createApp(f.admin, "one");
        f.createApp(f.member(acme, "o@acme.test", io.streamhub.domain.tenant.Role.OWNER), "two");
        f.workspace.activeStreams.put(new AppName("one"), 3L);

        OperationsUseCases.GaugesView gauges = operations.gauges();

        assertEquals(Map.of("platform", 1L, acme.value(), 1L), gauges.appsPerTenant());
        assertEquals(Map.of("one", 3L, "two", 0L), gauges.liveStreamsPerApp());
    }

    @Test
    void gaugesCountEachAppsUndeliveredCallbacksAndTheAgeOfTheOldest() {
        AppName one = f.createApp(f.admin, "one").name();
        f.createApp(f.admin, "two");
        Instant then = f.clock.instant();
        callbacks.enqueue(one, new io.streamhub.application.port.out.CallbackStore.OutboxEvent("e1", "stream_started",
                Optional.empty(), then, "{}"), java.util.List.of(io.streamhub.domain.callback.Delivery.first("d1", "e1", "config", then),
                io.streamhub.domain.callback.Delivery.first("d2", "e1", "ep", then)));
        f.clock.advance(Duration.ofMillis(2500));

        OperationsUseCases.GaugesView gauges = operations.gauges();

        assertEquals(Map.of("one", 2L, "two", 0L), gauges.callbacksPending());
        assertEquals(Map.of("one", 2.5, "two", 0.0), gauges.callbacksOldestPendingSeconds());
    }

    @Test
    void viewersPerAppAreTheNonPublishingParticipantsOfItsRoomsAndAbsentWhenLiveKitIsDown() {
        f.createApp(f.admin, "one");
        f.createApp(f.admin, "two");
        var video = new io.streamhub.domain.room.TrackInfo("TR_1", io.streamhub.domain.room.TrackInfo.Kind.VIDEO, "camera", "cam", false);
        media.join("one-show", participant("p", java.util.List.of(video)));
        media.join("one-show", participant("a", java.util.List.of()));
        media.join("one-show", participant("b", java.util.List.of()));
        media.join("one-other", participant("c", java.util.List.of()));
        media.join("nobody-room", participant("d", java.util.List.of()));

        assertEquals(Map.of("one", 3L, "two", 0L), operations.gauges().viewersPerApp());
        media.down = true;
        assertEquals(Map.of(), operations.gauges().viewersPerApp());
    }

    private io.streamhub.domain.room.ParticipantInfo participant(String id, java.util.List<io.streamhub.domain.room.TrackInfo> tracks) {
        return new io.streamhub.domain.room.ParticipantInfo("PA_" + id, id, id, "ACTIVE", false, false, tracks, f.clock.instant());
    }

    @Test
    void gaugesCountEachAppsPendingUploadJobs() {
        AppName one = f.createApp(f.admin, "one").name();
        f.createApp(f.admin, "two");
        uploads.save(one, new io.streamhub.domain.vod.UploadJob(1, 0, f.clock.instant(), Optional.empty()));
        uploads.save(one, new io.streamhub.domain.vod.UploadJob(2, 3, f.clock.instant().plusSeconds(60), Optional.of("bucket down")));

        assertEquals(Map.of("one", 2L, "two", 0L), operations.gauges().uploadJobsPending());
    }

    @Test
    void aNodeMissingItsHeartbeatsCountsAsStaleWhateverItsStatusAndAgesAreInSeconds() {
        Instant now = f.clock.instant();
        nodes.save(node(1, NodeStatus.ACTIVE, Optional.of(now.minusSeconds(5))), "{}");
        nodes.save(node(2, NodeStatus.DRAINING, Optional.of(now.minusMillis(1500))), "{}");
        nodes.save(node(3, NodeStatus.ACTIVE, Optional.of(now.minusSeconds(300))), "{}");
        nodes.save(node(4, NodeStatus.DISABLED, Optional.empty()), "{}");

        OperationsUseCases.GaugesView gauges = operations.gauges();

        assertEquals(Map.of("active", 1L, "draining", 1L, "disabled", 0L, "stale", 2L), gauges.nodesByStatus());
        assertEquals(Map.of(id(1), 5.0, id(2), 1.5, id(3), 300.0), gauges.heartbeatAgeSeconds());
    }

    @Test
    void readyNeedsTheStoreAndItsMigrationsButOnlyReportsTheMediaServer() {
        media.down = true;
        OperationsUseCases.ReadinessView down = operations.readiness();
        assertTrue(down.ready());
        assertFalse(down.mediaServerReachable());

        media.down = false;
        media.rooms.put("live-x", new RoomInfo("live-x", "RM_1", 0, 0, 0, Instant.EPOCH, "", null));
        assertTrue(operations.readiness().mediaServerReachable());

        migrated = false;
        assertFalse(operations.readiness().ready());
        migrated = true;
        answers = false;
        OperationsUseCases.ReadinessView noStore = operations.readiness();
        assertFalse(noStore.ready());
        assertFalse(noStore.migrationsApplied(), "an unreachable store cannot vouch for its schema");
    }

    @Test
    void aMediaServerSlowerThanTheProbeTimeoutIsReportedUnreachable() {
        FakeMediaServer slow = new FakeMediaServer() {
            @Override
            public List<RoomInfo> listRooms(List<String> names) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of();
            }
        };
        OperationsService impatient = new OperationsService(f.apps, f.workspace, nodes, store, slow, callbacks, uploads, f.clock,
                new OperationsService.Settings(Duration.ofSeconds(90), Duration.ofMillis(100)));
        long start = System.nanoTime();
        OperationsUseCases.ReadinessView view = impatient.readiness();
        assertFalse(view.mediaServerReachable());
        assertTrue(view.ready());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1_500);
    }
}
