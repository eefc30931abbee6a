package io.streamhub.domain.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaybackPlannerTest {
    private final PlaybackPlanner planner = new PlaybackPlanner();

    private static final NodeSnapshot.UsableNode EU = new NodeSnapshot.UsableNode("node-eu", Optional.of("eu"), true);
    private static final NodeSnapshot.UsableNode US = new NodeSnapshot.UsableNode("node-us", Optional.of("us"), true);
    private static final NodeSnapshot.UsableNode DRAINING = new NodeSnapshot.UsableNode("node-dr", Optional.of("eu"), false);

    static DistributionConfig config(DistributionMode mode, boolean cdn, boolean p2p, int maxWebrtc) {
        DistributionConfig.Cdn c = cdn ? new DistributionConfig.Cdn(CdnProviderKind.BUNNY, "https://cdn.example.test", "", false, Set.of())
                : DistributionConfig.Cdn.none();
        DistributionConfig.P2p p = p2p ? new DistributionConfig.P2p(true, List.of("wss://tracker.example.test"), List.of(), "streamhub", 30)
                : DistributionConfig.P2p.off();
        return new DistributionConfig(mode, c, p, new DistributionConfig.Edge(maxWebrtc));
    }

    PlaybackDecision.Plan plan(DistributionConfig config, int webrtcViewers, ViewerRole role, NodeSnapshot nodes) {
        return assertInstanceOf(PlaybackDecision.Plan.class, planner.plan(
                new PlaybackRequest(config, new Audience(webrtcViewers, 0), role, Optional.empty(), nodes)));
    }

    PlaybackDecision.Plan plan(DistributionConfig config, int webrtcViewers) {
        return plan(config, webrtcViewers, ViewerRole.VIEWER, NodeSnapshot.single());
    }

    PlaybackDecision.Refused refused(DistributionConfig config, int webrtcViewers, NodeSnapshot nodes) {
        return assertInstanceOf(PlaybackDecision.Refused.class, planner.plan(
                new PlaybackRequest(config, new Audience(webrtcViewers, 0), ViewerRole.VIEWER, Optional.empty(), nodes)));
    }

    @Nested
    class Interactive {
        @Test
        void anInteractiveViewerGetsWebRtcEvenInCdnMode() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.CDN, true, true, 200), 0, ViewerRole.INTERACTIVE, NodeSnapshot.single());
            assertEquals(PlaybackProtocol.WEBRTC, plan.protocol());
            assertFalse(plan.p2p());
            assertTrue(plan.reason().contains("interactive"), plan.reason());
        }

        @Test
        void anInteractiveViewerIsNotCountedAgainstTheWebRtcCeiling() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.EDGE, false, false, 10), 10, ViewerRole.INTERACTIVE, NodeSnapshot.single());
            assertEquals(PlaybackProtocol.WEBRTC, plan.protocol());
        }

        @Test
        void anInteractiveViewerWithoutAUsableNodeFallsBackToHlsInHybrid() {
            NodeSnapshot none = new NodeSnapshot(true, Optional.of("node-gone"), List.of(EU));
            PlaybackDecision.Plan plan = plan(config(DistributionMode.HYBRID, true, false, 200), 0, ViewerRole.INTERACTIVE, none);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertTrue(plan.reason().contains("node-gone"), plan.reason());
        }

        @Test
        void anInteractiveViewerInPlainEdgeModeWithoutANodeIsRefused() {
            PlaybackDecision decision = planner.plan(new PlaybackRequest(config(DistributionMode.EDGE, false, false, 200),
                    Audience.empty(), ViewerRole.INTERACTIVE, Optional.empty(), new NodeSnapshot(true, Optional.empty(), List.of())));
            assertEquals("no_capacity", assertInstanceOf(PlaybackDecision.Refused.class, decision).code());
        }
    }

    @Nested
    class EdgeMode {
        @Test
        void viewersUnderTheCeilingPlayWebRtc() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.EDGE, false, false, 200), 199);
            assertEquals(PlaybackProtocol.WEBRTC, plan.protocol());
            assertEquals(DistributionMode.EDGE, plan.mode());
            assertFalse(plan.hls());
            assertEquals(Optional.empty(), plan.node());
        }

        @Test
        void atTheCeilingWithoutACdnTheViewerIsRefusedAsAudienceFull() {
            PlaybackDecision.Refused refused = refused(config(DistributionMode.EDGE, false, false, 200), 200, NodeSnapshot.single());
            assertEquals("audience_full", refused.code());
            assertTrue(refused.reason().contains("200 of 200"), refused.reason());
        }

        @Test
        void atTheCeilingWithACdnTheTailPlaysHls() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.EDGE, true, false, 200), 250);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertTrue(plan.reason().contains("full"), plan.reason());
        }

        @Test
        void aPlainPullZoneBaseUrlCountsAsACdnForTheTail() {
            DistributionConfig pullZone = new DistributionConfig(DistributionMode.EDGE,
                    new DistributionConfig.Cdn(CdnProviderKind.NONE, "https://pull.example.test", "", false, Set.of()),
                    DistributionConfig.P2p.off(), new DistributionConfig.Edge(1));
            assertEquals(PlaybackProtocol.HLS, plan(pullZone, 1).protocol());
        }

        @Test
        void aZeroCeilingSendsEveryViewerToHls() {
            assertEquals(PlaybackProtocol.HLS, plan(config(DistributionMode.EDGE, true, false, 0), 0).protocol());
        }

        @Test
        void theOverflowCarriesP2pWhenEnabled() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.EDGE, true, true, 1), 1);
            assertTrue(plan.p2p());
        }
    }

    @Nested
    class CdnMode {
        @Test
        void everyViewerPlaysHlsEvenWithAnEmptyRoom() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.CDN, true, false, 200), 0);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertFalse(plan.p2p());
            assertEquals(Optional.empty(), plan.node());
        }

        @Test
        void cdnModeWithoutAProviderStillPlaysHlsFromTheOrigin() {
            assertEquals(PlaybackProtocol.HLS, plan(config(DistributionMode.CDN, false, false, 200), 0).protocol());
        }

        @Test
        void p2pIsAddedWhenEnabled() {
            assertTrue(plan(config(DistributionMode.CDN, true, true, 200), 0).p2p());
        }
    }

    @Nested
    class P2pMode {
        @Test
        void viewersPlayHlsWithP2p() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.P2P, true, true, 200), 0);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertTrue(plan.p2p());
        }

        @Test
        void theKillSwitchRemovesP2pButKeepsHls() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.P2P, true, false, 200), 0);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertFalse(plan.p2p());
            assertTrue(plan.reason().contains("switched off"), plan.reason());
        }
    }

    @Nested
    class HybridMode {
        @Test
        void theFirstViewersPlayWebRtc() {
            assertEquals(PlaybackProtocol.WEBRTC, plan(config(DistributionMode.HYBRID, true, true, 3), 2).protocol());
        }

        @Test
        void theTailPlaysHlsWithP2pNeverWebRtc() {
            for (int audience : new int[] {3, 4, 1_000, 100_000}) {
                PlaybackDecision.Plan plan = plan(config(DistributionMode.HYBRID, true, true, 3), audience);
                assertEquals(PlaybackProtocol.HLS, plan.protocol(), "audience " + audience);
                assertTrue(plan.p2p());
            }
        }

        @Test
        void theTailPlaysHlsWithoutP2pWhenItIsOff() {
            PlaybackDecision.Plan plan = plan(config(DistributionMode.HYBRID, true, false, 3), 3);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertFalse(plan.p2p());
        }

        @Test
        void hybridWithoutACdnStillSendsTheTailToOriginHls() {
            assertEquals(PlaybackProtocol.HLS, plan(config(DistributionMode.HYBRID, false, false, 3), 3).protocol());
        }
    }

    @Nested
    class Nodes {
        @Test
        void aPlacedRoomIsPlayedThroughItsOwnNode() {
            NodeSnapshot nodes = new NodeSnapshot(true, Optional.of("node-us"), List.of(EU, US));
            assertEquals(Optional.of("node-us"), plan(config(DistributionMode.EDGE, false, false, 200), 0, ViewerRole.VIEWER, nodes).node());
        }

        @Test
        void aDrainingNodeStillServesItsOwnRoom() {
            NodeSnapshot nodes = new NodeSnapshot(true, Optional.of("node-dr"), List.of(DRAINING, US));
            assertEquals(Optional.of("node-dr"), plan(config(DistributionMode.EDGE, false, false, 200), 0, ViewerRole.VIEWER, nodes).node());
        }

        @Test
        void anUnplacedRoomPrefersANodeInTheViewersRegion() {
            NodeSnapshot nodes = new NodeSnapshot(true, Optional.empty(), List.of(EU, US, DRAINING));
            PlaybackDecision decision = planner.plan(new PlaybackRequest(config(DistributionMode.EDGE, false, false, 200),
                    Audience.empty(), ViewerRole.VIEWER, Optional.of("us"), nodes));
            assertEquals(Optional.of("node-us"), assertInstanceOf(PlaybackDecision.Plan.class, decision).node());
        }

        @Test
        void anUnplacedRoomWithoutARegionMatchTakesTheFirstNodeTakingNewRooms() {
            NodeSnapshot nodes = new NodeSnapshot(true, Optional.empty(), List.of(US, DRAINING, EU));
            PlaybackDecision decision = planner.plan(new PlaybackRequest(config(DistributionMode.EDGE, false, false, 200),
                    Audience.empty(), ViewerRole.VIEWER, Optional.of("apac"), nodes));
            assertEquals(Optional.of("node-eu"), assertInstanceOf(PlaybackDecision.Plan.class, decision).node());
        }

        @Test
        void aStaleRoomNodeFallsBackToHlsWhenTheAppHasACdn() {
            NodeSnapshot nodes = new NodeSnapshot(true, Optional.of("node-stale"), List.of(EU));
            PlaybackDecision.Plan plan = plan(config(DistributionMode.EDGE, true, false, 200), 0, ViewerRole.VIEWER, nodes);
            assertEquals(PlaybackProtocol.HLS, plan.protocol());
            assertTrue(plan.reason().contains("node-stale"), plan.reason());
        }

        @Test
        void noUsableNodeAndNoCdnIsRefusedAsNoCapacity() {
            assertEquals("no_capacity", refused(config(DistributionMode.EDGE, false, false, 200), 0,
                    new NodeSnapshot(true, Optional.empty(), List.of(DRAINING))).code());
        }

        @Test
        void aSingleLiveKitNeedsNoNodeChoice() {
            assertEquals(Optional.empty(), plan(config(DistributionMode.HYBRID, true, false, 200), 0).node());
        }
    }

    @Test
    void thePlanIsAPureFunctionOfItsRequest() {
        PlaybackRequest request = new PlaybackRequest(config(DistributionMode.HYBRID, true, true, 5), new Audience(7, 40),
                ViewerRole.VIEWER, Optional.of("eu"), new NodeSnapshot(true, Optional.empty(), List.of(EU)));
        assertEquals(planner.plan(request), planner.plan(request));
    }

    @Test
    void aPlanCannotMixP2pWithWebRtcOrANodeWithHls() {
        assertThrows(IllegalArgumentException.class, () -> new PlaybackDecision.Plan(DistributionMode.P2P, PlaybackProtocol.WEBRTC,
                "x", Optional.empty(), true));
        assertThrows(IllegalArgumentException.class, () -> new PlaybackDecision.Plan(DistributionMode.CDN, PlaybackProtocol.HLS,
                "x", Optional.of("n"), false));
    }
}
