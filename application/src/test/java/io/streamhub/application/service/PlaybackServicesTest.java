package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.fakes.FakeMediaServer;
import io.streamhub.application.fakes.Fakes;
import io.streamhub.application.fakes.InMemoryNodeRegistry;
import io.streamhub.application.fakes.InMemoryPlacementStore;
import io.streamhub.application.fakes.InMemoryStreamRepository;
import io.streamhub.application.fakes.RecordingTokenIssuer;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.application.port.out.PlaybackMetrics;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.PlaybackProtocol;
import io.streamhub.domain.distribution.ViewerRole;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.placement.RoomPlacement;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.stream.Stream;
import io.streamhub.domain.stream.StreamType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaybackServicesTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);
    private final FakeMediaServer media = new FakeMediaServer();
    private final InMemoryStreamRepository streams = new InMemoryStreamRepository(f.workspace);
    private final InMemoryPlacementStore placements = new InMemoryPlacementStore();
    private final InMemoryNodeRegistry nodes = new InMemoryNodeRegistry();
    private final RecordingTokenIssuer issuer = new RecordingTokenIssuer();
    private final List<String> recorded = new ArrayList<>();
    private final PlaybackMetrics metrics = new PlaybackMetrics() {
        @Override
        public void bytesDelivered(String app, long p2pBytes, long httpBytes) {
            recorded.add(app + " p2p+" + p2pBytes + " http+" + httpBytes);
        }

        @Override
        public void offloadRatio(String app, double ratio) {
            recorded.add(app + " ratio " + ratio);
        }
    };
    private final PlaybackStatsService stats = new PlaybackStatsService(f.apps, metrics, f.clock, 3);
    private final JoinTokenService tokens = new JoinTokenService(f.apps, f.workspace, f.quotas, issuer, Fakes.sequentialIds(),
            placements, nodes);
    private final PlaybackService router = new PlaybackService(f.apps, f.workspace,
            new PlaybackService.LiveRooms(streams, media, placements, nodes), stats, tokens,
            new PlaybackService.Cdn(CdnProviders.none(), f.secrets),
            new PlaybackService.Settings(Duration.ofSeconds(90), Fakes.sequentialIds(), f.clock, List.of("ws://tracker.default")));
    private final App app = f.createApp(f.admin, "live");

    private void configure(String mode, Integer maxWebrtc) {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.DistributionChanges(mode, null, null, null, null, null, null, null, null, null, null, maxWebrtc),
                null, null);
        f.workspace.configs.put(app.name(), changes.applyTo(f.workspace.readConfig(app.name()), false));
    }

    private PlaybackUseCases.PlaybackView plan(String room) {
        return router.plan(new PlaybackUseCases.PlanPlaybackQuery(app.name(), room, ViewerRole.VIEWER, Optional.empty(),
                Optional.empty(), "https://origin.test", true));
    }

    private static final String EDGE_1 = "00000000-0000-4000-8000-000000000001";
    private static final String EDGE_2 = "00000000-0000-4000-8000-000000000002";

    private void node(String id, Instant lastSeen, NodeStatus status) {
        nodes.save(new Node(new NodeId(id), "n" + id.substring(35), "wss://n" + id.substring(35) + ".test", Optional.empty(), status, Instant.EPOCH,
                Optional.of(lastSeen), Optional.of("ND_" + id), NodeCapacity.DEFAULT, NodeLoad.IDLE), "{}");
    }

    private void configureP2p(List<String> trackers) {
        AppConfigChanges changes = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.DistributionChanges("p2p", null, null, null, null, null, true, trackers, null, null, null, null),
                null, null);
        f.workspace.configs.put(app.name(), changes.applyTo(f.workspace.readConfig(app.name()), false));
    }

    @Test
    void p2pPlansFallBackToTheServersTrackerAndPreferTheAppsOwn() {
        media.createRoom(new RoomSpec("live-show", 0, 0, "", Optional.empty()));
        configureP2p(List.of());
        PlaybackUseCases.PlaybackView fallback = plan("show");
        assertEquals(List.of("ws://tracker.default"), fallback.p2p().orElseThrow().trackers());
        assertEquals("streamhub/live/live-show", fallback.p2p().orElseThrow().swarmId());

        configureP2p(List.of("wss://tracker.example/announce"));
        assertEquals(List.of("wss://tracker.example/announce"), plan("show").p2p().orElseThrow().trackers());
    }

    @Test
    void withoutAnyTrackerAP2pAppStillGetsHlsButNoP2pBlock() {
        media.createRoom(new RoomSpec("live-show", 0, 0, "", Optional.empty()));
        configureP2p(List.of());
        PlaybackService noDefault = new PlaybackService(f.apps, f.workspace,
                new PlaybackService.LiveRooms(streams, media, placements, nodes), stats, tokens,
                new PlaybackService.Cdn(CdnProviders.none(), f.secrets),
                new PlaybackService.Settings(Duration.ofSeconds(90), Fakes.sequentialIds(), f.clock, List.of()));
        PlaybackUseCases.PlaybackView view = noDefault.plan(new PlaybackUseCases.PlanPlaybackQuery(app.name(), "show", ViewerRole.VIEWER,
                Optional.empty(), Optional.empty(), "https://origin.test", true));
        assertEquals(PlaybackProtocol.HLS, view.protocol());
        assertTrue(view.hls().isPresent());
        assertTrue(view.p2p().isEmpty());
    }

    @Test
    void theRouterMintsAVisibleSubscribeOnlyViewerSoItCountsInTheAudience() {
        media.createRoom(new RoomSpec("live-show", 0, 0, "", Optional.empty()));
        PlaybackUseCases.PlaybackView view = plan("show");
        assertEquals(PlaybackProtocol.WEBRTC, view.protocol());
        assertFalse(issuer.signed.get(0).hidden(), "router viewers count against the WebRTC ceiling");
        assertFalse(issuer.signed.get(0).canPublish());
        assertTrue(issuer.signed.get(0).canSubscribe());
        assertFalse(view.live());
        assertTrue(issuer.signed.get(0).identity().startsWith("viewer-"));
        router.plan(new PlaybackUseCases.PlanPlaybackQuery(app.name(), "show", ViewerRole.VIEWER, Optional.empty(),
                Optional.of("host"), "https://origin.test", false));
        assertEquals("viewer-host", issuer.signed.get(1).identity(), "a viewer never takes another participant's identity");
    }

    @Test
    void anActiveStreamMakesTheRoomLiveEvenBeforeTheMediaServerListsIt() {
        streams.save(app.name(), Stream.started(StreamType.WEBRTC, "live-show", "alice", f.clock.instant()));
        assertTrue(plan("show").live());
    }

    @Test
    void withTheMediaServerDownEdgeIsRefusedAndHybridFallsBackToHls() {
        streams.save(app.name(), Stream.started(StreamType.WEBRTC, "live-show", "alice", f.clock.instant()));
        media.down = true;
        assertEquals("no_capacity", assertThrows(UnavailableException.class, () -> plan("show")).code());
        configure("hybrid", null);
        PlaybackUseCases.PlaybackView view = plan("show");
        assertEquals(PlaybackProtocol.HLS, view.protocol());
        assertEquals("https://origin.test/hls/live/live-show/index.m3u8", view.hls().orElseThrow().url());
    }

    @Test
    void aPlacedRoomIsPlayedThroughItsNodeAndAStaleNodeSendsHybridViewersToHls() {
        media.createRoom(new RoomSpec("live-show", 0, 0, "", Optional.empty()));
        node(EDGE_1, f.clock.instant(), NodeStatus.ACTIVE);
        node(EDGE_2, f.clock.instant(), NodeStatus.ACTIVE);
        placements.save(new RoomPlacement(app.name(), "live-show", new NodeId(EDGE_2), List.of("test"), f.clock.instant()));
        PlaybackUseCases.WebrtcAccess webrtc = plan("show").webrtc().orElseThrow();
        assertEquals(Optional.of(EDGE_2), webrtc.nodeId());
        assertEquals(Optional.of("wss://n2.test"), webrtc.nodeUrl());

        configure("hybrid", null);
        f.clock.advance(Duration.ofMinutes(5));
        PlaybackUseCases.PlaybackView stale = plan("show");
        assertEquals(PlaybackProtocol.HLS, stale.protocol());
        assertTrue(stale.reason().contains(EDGE_2), stale.reason());
    }

    @Test
    void statsKeepTheHighestCountersPerViewerAndCountOnlyTheirGrowth() {
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "a", 100, 300));
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "a", 50, 400));
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "a", 100, 300));
        assertEquals(List.of("live p2p+100 http+300", "live ratio 0.25", "live p2p+0 http+100", "live ratio 0.2",
                "live p2p+0 http+0", "live ratio 0.2"), recorded);
        assertEquals(1, stats.hlsViewers(app.name(), "live-show", f.clock.instant()));
    }

    @Test
    void theOffloadRatioAndTheHlsAudienceForgetViewersThatWentQuiet() {
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "old", 0, 1000));
        f.clock.advance(Duration.ofMinutes(2));
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "new", 300, 100));
        assertEquals(1, stats.hlsViewers(app.name(), "live-show", f.clock.instant()), "one minute of silence leaves the audience");
        assertEquals(300.0 / 1400, stats.offloadRatio(app.name(), f.clock.instant()), 1e-9);
        f.clock.advance(Duration.ofMinutes(4));
        assertEquals(0.75, stats.offloadRatio(app.name(), f.clock.instant()), 1e-9, "five minutes of silence leave the ratio");
    }

    @Test
    void pastTheTrackingCapReportsOfNewViewersAreIgnoredUntilOldOnesExpire() {
        for (String viewer : List.of("a", "b", "c", "d")) {
            stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", viewer, 0, 10));
        }
        assertEquals(3, stats.hlsViewers(app.name(), "live-show", f.clock.instant()));
        f.clock.advance(Duration.ofMinutes(6));
        stats.record(new PlaybackUseCases.PlaybackStatsCommand(app.name(), "show", "d", 0, 10));
        assertEquals(1, stats.hlsViewers(app.name(), "live-show", f.clock.instant()));
    }

    @Test
    void swarmsListLiveRoomsOfAppsWithP2pOnOnly() {
        LiveSwarmsService swarms = new LiveSwarmsService(f.apps, f.workspace, streams);
        streams.save(app.name(), Stream.started(StreamType.WEBRTC, "live-show", "alice", f.clock.instant()));
        assertEquals(List.of(), swarms.liveSwarms());
        AppConfigChanges on = new AppConfigChanges(null, null, null, null, null, null, null, null, null, null, null,
                new AppConfigChanges.DistributionChanges(null, null, null, null, null, null, true, List.of("ws://127.0.0.1:8000"),
                        null, null, null, null), null, null);
        f.workspace.configs.put(app.name(), on.applyTo(f.workspace.readConfig(app.name()), false));
        assertEquals(List.of("streamhub/live/live-show"), swarms.liveSwarms());
        streams.save(app.name(), Stream.started(StreamType.WEBRTC, "live-show", "alice", f.clock.instant()).ended(f.clock.instant()));
        assertEquals(List.of(), swarms.liveSwarms());
    }

    @Test
    void purgeWithoutAProviderIsAConflict() {
        CdnPurgeService purge = new CdnPurgeService(f.apps, f.workspace, CdnProviders.none(), f.secrets);
        assertThrows(io.streamhub.domain.error.ConflictException.class,
                () -> purge.purge(new AppName("live"), List.of("/hls/live/live-show/index.m3u8")));
    }
}
