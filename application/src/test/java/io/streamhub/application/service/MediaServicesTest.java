package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryIngressAuthRepository;
import io.streamhub.application.fakes.InMemoryNodeRegistry;
import io.streamhub.application.fakes.InMemoryPlacementStore;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.placement.PlacementPolicy;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.application.fakes.InMemoryStreamRepository;
import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.MediaEventVerifier;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.event.MediaEvent;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.TrackInfo;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaServicesTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final FakeMediaServer media = new FakeMediaServer();
    private final InMemoryStreamRepository streams = new InMemoryStreamRepository(f.workspace);
    private final InMemoryIngressAuthRepository passwords = new InMemoryIngressAuthRepository(f.workspace);
    private final InMemoryNodeRegistry nodes = new InMemoryNodeRegistry();
    private final InMemoryPlacementStore placements = new InMemoryPlacementStore();
    private final RoomService rooms = new RoomService(f.apps, media, nodes, placements,
            new io.streamhub.application.fakes.InMemoryAppPlacementStore(), new PlacementPolicy(Duration.ofSeconds(90)), f.clock, f.metrics);
    private final IngressService ingress = new IngressService(f.apps, f.workspace, media, f.quotas,
            new IngressService.Passwords(passwords, Fakes.plainHasher(), Fakes.sequentialIds()), f.clock);
    private final AppName liveApp = f.createApp(f.admin, "live").name();
    private final AppName otherApp = f.createApp(f.admin, "other").name();
    private final CallbackFixture callbacks = new CallbackFixture(f, true);
    private final LiveStreamService live = new LiveStreamService(f.apps, media, streams, Fakes.directAppTransactions(),
            callbacks.publisher, f.clock);

    private MediaEventService events(MediaEventVerifier verifier, java.util.concurrent.Executor worker) {
        return new MediaEventService(verifier, f.apps, streams, passwords, media, placements, Fakes.directAppTransactions(),
                callbacks.publisher, worker, f.clock);
    }
    private final TrackInfo video = new TrackInfo("TR_V", TrackInfo.Kind.VIDEO, "camera", "cam", false);

    private ParticipantInfo publisher(String identity) {
        return new ParticipantInfo("PA_" + identity, identity, identity, "ACTIVE", false, false, List.of(video), f.clock.instant());
    }

    private ParticipantInfo viewer(String identity, boolean hidden) {
        return new ParticipantInfo("PA_" + identity, identity, identity, "ACTIVE", false, hidden, List.of(), f.clock.instant());
    }

    @Test
    void roomsOfOtherAppsAreNeitherListedNorReachable() {
        media.join("live-show", publisher("alice"));
        media.join("other-show", publisher("bob"));
        assertEquals(List.of("live-show"), rooms.listRooms(liveApp).stream().map(v -> v.room().name()).toList());
        // "other-show" asked through app live is live's room "live-other-show", which does not exist
        assertThrows(NotFoundException.class, () -> rooms.room(liveApp, "other-show"));
        assertThrows(NotFoundException.class, () -> rooms.kick(liveApp, "other-show", "bob"));
        assertEquals(1, media.listParticipants("other-show").size());
    }

    @Test
    void viewersAreParticipantsNeitherPublishingNorHidden() {
        media.join("live-show", publisher("alice"));
        media.join("live-show", viewer("v1", false));
        media.join("live-show", viewer("qc", true));
        assertEquals(1, rooms.room(liveApp, "show").viewers());
    }

    @Test
    void roomCountsComeFromTheParticipantListWhenTheRoomListLags() {
        media.join("live-show", publisher("alice"));
        media.join("live-show", viewer("v1", false));
        media.join("live-show", viewer("qc", true));
        media.staleRoomCounts = true; // LiveKit's ListRooms still says num_participants 0
        assertEquals(0, media.listRooms(List.of("live-show")).get(0).participants());
        MediaUseCases.RoomView listed = rooms.listRooms(liveApp).get(0);
        assertEquals(3, listed.room().participants());
        assertEquals(1, listed.room().publishers());
        assertEquals(1, listed.viewers());
        MediaUseCases.RoomView one = rooms.room(liveApp, "show");
        assertEquals(3, one.room().participants());
        assertEquals(1, one.viewers());
        media.participants.get("live-show").clear(); // everyone left; the room list still has the room
        assertEquals(0, rooms.listRooms(liveApp).get(0).room().participants());
    }

    @Test
    void muteAndKickReachTheParticipant() {
        media.join("live-show", publisher("alice"));
        assertTrue(rooms.mute(new MediaUseCases.MuteCommand(liveApp, "show", "alice", "TR_V", true)).muted());
        assertThrows(NotFoundException.class, () -> rooms.mute(new MediaUseCases.MuteCommand(liveApp, "show", "alice", "TR_X", true)));
        rooms.kick(liveApp, "show", "alice");
        assertEquals(List.of(), media.listParticipants("live-show"));
    }

    @Test
    void ingressIsNamespacedQuotaCheckedAndOwned() {
        var created = ingress.create(new MediaUseCases.CreateIngressCommand(f.admin, liveApp, InputType.RTMP, Optional.of("cam"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())).ingress();
        assertEquals("live-cam", created.room());
        assertEquals("ingress-live", created.participantIdentity());
        assertEquals(List.of(created), ingress.list(liveApp));
        assertEquals(List.of(), ingress.list(otherApp));
        assertThrows(NotFoundException.class, () -> ingress.get(otherApp, created.id()));
        assertThrows(NotFoundException.class, () -> ingress.delete(otherApp, created.id()));
        ingress.delete(liveApp, created.id());
        assertTrue(media.ingress.isEmpty());

        TenantId tenant = f.newTenant("Small");
        AppName small = f.createApp(f.member(tenant, "o@small.test", Role.OWNER), "small").name();
        f.tenantService.setQuotas(tenant, Map.of(QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(0)));
        assertThrows(QuotaExceededException.class, () -> ingress.create(new MediaUseCases.CreateIngressCommand(f.admin, small,
                InputType.WHIP, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void listingReconcilesWithLiveStateAndNeverPrunesWhenLiveKitIsDown() {
        Stream gone = Stream.started(StreamType.WEBRTC, "live-old", "ghost", f.clock.instant().minus(Duration.ofMinutes(5)));
        streams.save(liveApp, gone);
        media.join("live-show", publisher("alice"));
        media.join("live-show", viewer("v1", false));

        media.down = true;
        assertEquals(List.of("live-old/ghost"), live.active(liveApp).stream().map(v -> v.stream().streamId()).toList());
        assertTrue(streams.find(liveApp, "live-old/ghost").orElseThrow().active());

        media.down = false;
        List<MediaUseCases.StreamView> views = live.active(liveApp);
        assertEquals(List.of("live-show/alice"), views.stream().map(v -> v.stream().streamId()).toList());
        assertEquals(Optional.of(1), views.get(0).viewers());
        assertFalse(streams.find(liveApp, "live-old/ghost").orElseThrow().active());
    }

    @Test
    void streamsThatReconciliationOrAnOperatorChangesRaiseTheirCallbacks() {
        f.workspace.configs.put(liveApp, withCallbackUrl(f.workspace.readConfig(liveApp), "https://hooks.example.com/in"));
        streams.save(liveApp, Stream.started(StreamType.WEBRTC, "live-old", "ghost", f.clock.instant().minus(Duration.ofMinutes(5))));
        media.join("live-show", publisher("alice"));
        live.active(liveApp);
        live.stop(liveApp, "live-show/alice");
        live.stop(liveApp, "live-show/alice");

        var log = callbacks.store.deliveries(liveApp, new io.streamhub.domain.callback.DeliveryLog.Query(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10, 0)).items();
        assertEquals(3, log.size(), "stopping a stream already ended raises nothing");
        assertEquals(java.util.Set.of("stream_started", "stream_ended"), log.stream().map(e -> e.event()).collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(Optional.of("live-show"), Optional.of("live-show"), Optional.of("live-old")).stream().sorted(
                java.util.Comparator.comparing(Optional::orElseThrow)).toList(),
                log.stream().map(e -> e.room()).sorted(java.util.Comparator.comparing(Optional::orElseThrow)).toList());
    }

    @Test
    void stoppingAStreamKicksItsPublisherAndEndsIt() {
        media.join("live-show", publisher("alice"));
        streams.save(liveApp, Stream.started(StreamType.WEBRTC, "live-show", "alice", f.clock.instant()));
        live.stop(liveApp, "live-show/alice");
        assertEquals(List.of(), media.listParticipants("live-show"));
        assertFalse(streams.find(liveApp, "live-show/alice").orElseThrow().active());
        assertThrows(NotFoundException.class, () -> live.get(otherApp, "live-show/alice"));
    }

    @Test
    void webhooksAreVerifiedFirstThenRecordedBeforeTheAnswerWithTheirCallbacks() {
        MediaEvent published = new MediaEvent("EV_1", MediaEvent.Kind.TRACK_PUBLISHED, Optional.of("live-show"),
                Optional.of(publisher("alice")), Optional.of(video), Optional.empty(), Optional.empty(), f.clock.instant());
        MediaEventVerifier verifier = (body, auth) -> {
            if (!"good".equals(auth)) {
                throw new UnauthenticatedException("invalid LiveKit webhook signature");
            }
            return published;
        };
        f.workspace.configs.put(liveApp, withCallbackUrl(f.workspace.readConfig(liveApp), "https://hooks.example.com/in"));
        MediaEventService service = events(verifier, r -> {
            throw new AssertionError("nothing goes to the worker");
        });
        assertThrows(UnauthenticatedException.class, () -> service.receive("{}", "bad"));
        assertTrue(streams.find(liveApp, "live-show/alice").isEmpty());
        assertEquals(0, callbacks.store.backlog(liveApp).pending());

        service.receive("{}", "good");
        assertTrue(streams.find(liveApp, "live-show/alice").orElseThrow().active());
        var log = callbacks.store.deliveries(liveApp, new io.streamhub.domain.callback.DeliveryLog.Query(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 10, 0)).items();
        assertEquals(List.of("track_published", "stream_started"), log.stream().map(e -> e.event()).toList(), "newest first");
        assertEquals(List.of(), callbacks.receiver.requests, "delivery waits for the dispatcher");

        service.receive("{}", "good");
        assertEquals(3, callbacks.store.backlog(liveApp).pending(), "a second track of a live stream starts nothing new");
    }

    static io.streamhub.domain.app.AppConfig withCallbackUrl(io.streamhub.domain.app.AppConfig c, String url) {
        return new io.streamhub.domain.app.AppConfig(c.recording(), new io.streamhub.domain.app.AppConfig.Callbacks(url, false),
                c.features(), c.webrtc());
    }

    @Test
    void eventsForRoomsOfNoAppChangeNothing() {
        MediaEvent stray = new MediaEvent("EV_2", MediaEvent.Kind.TRACK_PUBLISHED, Optional.of("nobody-room"),
                Optional.of(publisher("x")), Optional.of(video), Optional.empty(), Optional.empty(), f.clock.instant());
        events((b, a) -> stray, Runnable::run).receive("{}", "sig");
        assertEquals(List.of(), streams.active(liveApp));
        assertEquals(List.of(), streams.active(otherApp));
    }

    @Test
    void rtmpPasswordsAreShownOnceAndAnIngressStartingUnvalidatedIsTornDown() {
        f.appService.updateConfig(new io.streamhub.application.port.in.UpdateAppCommand(liveApp, Optional.empty(), Optional.empty(),
                new io.streamhub.domain.app.AppConfigChanges(null, null, null, null, null, null, null,
                        new io.streamhub.domain.app.AppConfigChanges.FeatureChanges(true, null, null, null, null, null, null),
                        null, null)));
        var guarded = ingress.create(new MediaUseCases.CreateIngressCommand(f.admin, liveApp, InputType.RTMP, Optional.of("cam"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        String password = guarded.password().orElseThrow();
        assertTrue(passwords.find(liveApp, guarded.ingress().id()).orElseThrow().passwordHash().contains(password),
                "the fake hasher is reversible; a real hash is Argon2id");
        MediaEventService events = events((b, a) -> started(guarded.ingress()), Runnable::run);
        events.receive("{}", "sig");
        assertFalse(media.ingress.containsKey(guarded.ingress().id()), "started without validation: deleted");
        assertTrue(streams.active(liveApp).isEmpty());

        var second = ingress.create(new MediaUseCases.CreateIngressCommand(f.admin, liveApp, InputType.RTMP, Optional.of("cam2"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertFalse(ingress.validate(liveApp, second.ingress().id(), "wrong"));
        assertTrue(ingress.validate(liveApp, second.ingress().id(), second.password().orElseThrow()));
        events((b, a) -> started(second.ingress()), Runnable::run)
                .receive("{}", "sig");
        assertTrue(media.ingress.containsKey(second.ingress().id()));
        assertEquals(StreamType.RTMP, streams.active(liveApp).get(0).type());

        var whip = ingress.create(new MediaUseCases.CreateIngressCommand(f.admin, liveApp, InputType.WHIP, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertTrue(whip.password().isEmpty(), "only RTMP ingress carries a StreamHub password");
        assertTrue(ingress.validate(liveApp, whip.ingress().id(), "anything"));
    }

    private MediaEvent started(io.streamhub.domain.ingress.IngressInfo info) {
        return new MediaEvent("EV_IN", MediaEvent.Kind.INGRESS_STARTED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(info), Optional.empty(), f.clock.instant());
    }

    private Node node(int n, NodeStatus status, double cpu) {
        return new Node(new NodeId(new java.util.UUID(0, n).toString()), "node-" + n, "ws://10.0.0." + n + ":7880", Optional.empty(),
                status, f.clock.instant(), Optional.of(f.clock.instant()), Optional.of("ND_" + n), NodeCapacity.DEFAULT,
                new NodeLoad(cpu, 0, 0, 0));
    }

    @Test
    void withoutRegisteredNodesLiveKitPlacesRoomsItself() {
        var view = rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "solo", 300, 0, null, Optional.empty()));
        assertEquals(Optional.empty(), view.node());
        assertEquals(Optional.empty(), media.createdRooms.get(0).mediaNodeId());
        assertThrows(NotFoundException.class, () -> rooms.placement(liveApp, "solo"));
        assertEquals(List.of(), f.metrics.events, "no decision is taken, so none is counted");
    }

    @Test
    void roomsArePinnedToThePolicysNodeAndTheDecisionIsKept() {
        nodes.save(node(1, NodeStatus.ACTIVE, 0.7), "{}");
        nodes.save(node(2, NodeStatus.ACTIVE, 0.2), "{}");
        nodes.save(node(3, NodeStatus.DRAINING, 0.0), "{}");
        var view = rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "show", 300, 0, null, Optional.empty()));
        assertEquals(Optional.of(node(2, NodeStatus.ACTIVE, 0).id()), view.node());
        assertEquals(Optional.of("ND_2"), media.createdRooms.get(0).mediaNodeId(), "LiveKit is told the node");
        assertEquals(List.of("placement placed"), f.metrics.events);
        var placement = rooms.placement(liveApp, "show");
        assertEquals("live-show", placement.room());
        assertTrue(placement.reasons().stream().anyMatch(r -> r.contains("status draining")), placement.reasons().toString());
        assertEquals(Optional.of(node(2, NodeStatus.ACTIVE, 0).id()), rooms.room(liveApp, "show").node());
    }

    @Test
    void aRoomsPlacementIsForgottenWhenItIsDeletedOrLiveKitFinishesIt() {
        nodes.save(node(1, NodeStatus.ACTIVE, 0.1), "{}");
        rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "deleted", 300, 0, null, Optional.empty()));
        rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "finished", 300, 0, null, Optional.empty()));
        rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "running", 300, 0, null, Optional.empty()));
        NodeId n1 = node(1, NodeStatus.ACTIVE, 0).id();
        assertEquals(3, placements.onNode(n1).size());

        rooms.deleteRoom(liveApp, "deleted");
        MediaEvent finished = new MediaEvent("EV_F", MediaEvent.Kind.ROOM_FINISHED, Optional.of("live-finished"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), f.clock.instant());
        events((b, a) -> finished, Runnable::run)
                .receive("{}", "sig");

        assertEquals(List.of("live-running"), placements.onNode(n1).stream().map(p -> p.room()).toList());
        assertThrows(NotFoundException.class, () -> rooms.placement(liveApp, "finished"));
    }

    @Test
    void whenNoNodeFitsTheRoomIsRefusedWithNoCapacityAndNotCreated() {
        nodes.save(node(1, NodeStatus.DRAINING, 0.1), "{}");
        UnavailableException e = assertThrows(UnavailableException.class,
                () -> rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "show", 300, 0, null, Optional.empty())));
        assertEquals("no_capacity", e.code());
        assertTrue(media.createdRooms.isEmpty());
        assertEquals(List.of("placement rejected"), f.metrics.events);
    }

    @Test
    void appsPinAndDenyRegisteredNodesOnly() {
        nodes.save(node(1, NodeStatus.ACTIVE, 0.1), "{}");
        nodes.save(node(2, NodeStatus.ACTIVE, 0.6), "{}");
        NodeId busy = node(2, NodeStatus.ACTIVE, 0).id();
        rooms.setNodesFor(liveApp, new io.streamhub.domain.placement.AppPlacement(java.util.Set.of(busy), java.util.Set.of()));
        assertEquals(Optional.of(busy), rooms.createRoom(new MediaUseCases.CreateRoomCommand(liveApp, "pinned", 300, 0, null,
                Optional.empty())).node());
        assertEquals(java.util.Set.of(busy), rooms.nodesFor(liveApp).pinned());
        io.streamhub.domain.error.InvalidInputException typo = assertThrows(io.streamhub.domain.error.InvalidInputException.class,
                () -> rooms.setNodesFor(liveApp, new io.streamhub.domain.placement.AppPlacement(java.util.Set.of(),
                        java.util.Set.of(new NodeId(new java.util.UUID(9, 9).toString())))));
        assertEquals("denied", typo.field());
    }
}
