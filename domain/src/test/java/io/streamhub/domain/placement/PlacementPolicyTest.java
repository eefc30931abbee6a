package io.streamhub.domain.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlacementPolicyTest {
    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");
    private final PlacementPolicy policy = new PlacementPolicy(Duration.ofSeconds(90));
    private final PlacementRequest request = PlacementRequest.of("live-show", Optional.empty());

    private static NodeId id(int n) {
        return new NodeId(new UUID(0, n).toString());
    }

    private Node node(int n, String region, NodeStatus status, Instant seen, double cpu, long tx, int participants) {
        return new Node(id(n), "node-" + n, "ws://10.0.0." + n + ":7880", Optional.ofNullable(region), status, now.minusSeconds(3600),
                Optional.ofNullable(seen), Optional.of("ND_" + n), NodeCapacity.DEFAULT, new NodeLoad(cpu, tx, participants, 0));
    }

    private Node healthy(int n, double cpu) {
        return node(n, null, NodeStatus.ACTIVE, now.minusSeconds(5), cpu, 0, 0);
    }

    private NodeId placed(PlacementDecision decision) {
        return assertInstanceOf(PlacementDecision.Placed.class, decision, decision.reasons()::toString).node();
    }

    private String reasonFor(PlacementDecision decision, int n) {
        return decision.reasons().stream().filter(r -> r.startsWith(id(n).value())).findFirst().orElseThrow();
    }

    @Nested
    class Exclusions {
        @Test
        void drainingAndDisabledNodesTakeNoNewRooms() {
            var decision = policy.decide(request, List.of(node(1, null, NodeStatus.DRAINING, now, 0, 0, 0),
                    node(2, null, NodeStatus.DISABLED, now, 0, 0, 0), healthy(3, 0.5)), AppPlacement.ANYWHERE, now);
            assertEquals(id(3), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("status draining"));
            assertTrue(reasonFor(decision, 2).contains("status disabled"));
        }

        @Test
        void staleAndNeverSeenNodesAreSkipped() {
            var decision = policy.decide(request, List.of(node(1, null, NodeStatus.ACTIVE, now.minusSeconds(91), 0, 0, 0),
                    node(2, null, NodeStatus.ACTIVE, null, 0, 0, 0), healthy(3, 0.5)), AppPlacement.ANYWHERE, now);
            assertEquals(id(3), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("stale, last seen 91 s ago (> 90 s)"));
            assertTrue(reasonFor(decision, 2).contains("never seen"));
        }

        @Test
        void exactlyAtTheThresholdIsNotYetStale() {
            assertEquals(id(1), placed(policy.decide(request, List.of(node(1, null, NodeStatus.ACTIVE, now.minusSeconds(90), 0, 0, 0)),
                    AppPlacement.ANYWHERE, now)));
        }

        @Test
        void nodesLiveKitCannotNameAreSkipped() {
            Node unnamed = new Node(id(1), "node-1", "ws://10.0.0.1:7880", Optional.empty(), NodeStatus.ACTIVE, now, Optional.of(now),
                    Optional.empty(), NodeCapacity.DEFAULT, NodeLoad.IDLE);
            var decision = policy.decide(request, List.of(unnamed, healthy(2, 0.5)), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("LiveKit node id not reported yet"));
        }

        @Test
        void appsDenyAndPinNodes() {
            List<Node> nodes = List.of(healthy(1, 0.1), healthy(2, 0.5), healthy(3, 0.6));
            assertEquals(id(2), placed(policy.decide(request, nodes, new AppPlacement(Set.of(), Set.of(id(1))), now)));
            assertEquals(id(3), placed(policy.decide(request, nodes, new AppPlacement(Set.of(id(3)), Set.of()), now)));
            var decision = policy.decide(request, nodes, new AppPlacement(Set.of(id(1)), Set.of(id(1))), now);
            assertInstanceOf(PlacementDecision.Rejected.class, decision);
        }

        @Test
        void cpuAtTheCeilingIsFull() {
            var decision = policy.decide(request, List.of(healthy(1, 0.85), healthy(2, 0.84)), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("cpu 85% at or over its ceiling 85%"));
        }

        @Test
        void theRoomsBitrateMustFitTheNicHeadroom() {
            // 1 Gbps NIC, 90% usable: 898 Mbps + 2.5 Mbps does not fit, 897 + 2.5 does
            var decision = policy.decide(request, List.of(node(1, null, NodeStatus.ACTIVE, now, 0.1, 898_000_000L, 0),
                    node(2, null, NodeStatus.ACTIVE, now, 0.1, 897_000_000L, 0)), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("nic 898.0 Mbps + 2.5 Mbps over 900.0 Mbps"));
        }

        @Test
        void participantCapsHold() {
            var big = new PlacementRequest("live-class", Optional.empty(), 30, PlacementRequest.DEFAULT_BITS_PER_SECOND);
            var decision = policy.decide(big, List.of(node(1, null, NodeStatus.ACTIVE, now, 0.1, 0, 980),
                    node(2, null, NodeStatus.ACTIVE, now, 0.1, 0, 970)), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("participants 980 + 30 over 1000"));
        }

        @Test
        void whenNothingFitsTheDecisionSaysWhy() {
            var decision = policy.decide(request, List.of(node(1, null, NodeStatus.DRAINING, now, 0, 0, 0)), AppPlacement.ANYWHERE, now);
            assertInstanceOf(PlacementDecision.Rejected.class, decision);
            assertEquals("no node has room for live-show", decision.reasons().get(decision.reasons().size() - 1));
            assertInstanceOf(PlacementDecision.Rejected.class, policy.decide(request, List.of(), AppPlacement.ANYWHERE, now));
        }
    }

    @Nested
    class Choice {
        @Test
        void theLeastLoadedByItsTightestResourceWins() {
            // node 1: cpu 0.17/0.85 = 20%, but 600 of 1000 participants = 60%; node 2: cpu 0.425/0.85 = 50%
            var decision = policy.decide(request, List.of(node(1, null, NodeStatus.ACTIVE, now, 0.17, 0, 600),
                    node(2, null, NodeStatus.ACTIVE, now, 0.425, 0, 10)), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(reasonFor(decision, 1).contains("fits, load 60%"));
        }

        @Test
        void thePublishersRegionWinsOverALighterNodeElsewhere() {
            Node euBusy = node(1, "eu", NodeStatus.ACTIVE, now, 0.6, 0, 0);
            Node usIdle = node(2, "us", NodeStatus.ACTIVE, now, 0.1, 0, 0);
            assertEquals(id(1), placed(policy.decide(PlacementRequest.of("r", Optional.of("eu")), List.of(euBusy, usIdle),
                    AppPlacement.ANYWHERE, now)));
        }

        @Test
        void withNoFittingNodeInTheRegionAnyRegionWillDo() {
            Node euFull = node(1, "eu", NodeStatus.ACTIVE, now, 0.9, 0, 0);
            Node us = node(2, "us", NodeStatus.ACTIVE, now, 0.1, 0, 0);
            var decision = policy.decide(PlacementRequest.of("r", Optional.of("eu")), List.of(euFull, us), AppPlacement.ANYWHERE, now);
            assertEquals(id(2), placed(decision));
            assertTrue(decision.reasons().contains("no fitting node in region eu; any region will do"));
        }

        @Test
        void tiesGoToTheSmallestNodeIdWhateverTheInputOrder() {
            List<Node> nodes = List.of(healthy(3, 0.2), healthy(1, 0.2), healthy(2, 0.2));
            assertEquals(id(1), placed(policy.decide(request, nodes, AppPlacement.ANYWHERE, now)));
            assertEquals(policy.decide(request, nodes, AppPlacement.ANYWHERE, now),
                    policy.decide(request, List.of(nodes.get(2), nodes.get(0), nodes.get(1)), AppPlacement.ANYWHERE, now));
        }

        @Test
        void theOriginIsANodeLikeAnyOther() {
            Node origin = new Node(NodeId.ORIGIN, "origin", "ws://127.0.0.1:7880", Optional.empty(), NodeStatus.ACTIVE, now,
                    Optional.of(now), Optional.of("ND_origin"), NodeCapacity.DEFAULT, NodeLoad.IDLE);
            assertEquals(NodeId.ORIGIN, placed(policy.decide(request, List.of(origin, healthy(1, 0.5)), AppPlacement.ANYWHERE, now)));
        }
    }

    @Test
    void largeRegistriesAreSummarisedByCauseAndShowTheFewLeastLoaded() {
        List<Node> nodes = new java.util.ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            nodes.add(node(n, null, NodeStatus.DRAINING, now, 0.1, 0, 0));
        }
        for (int n = 26; n <= 40; n++) {
            nodes.add(healthy(n, n / 100.0));
        }
        var decision = policy.decide(request, nodes, AppPlacement.ANYWHERE, now);
        assertEquals(id(26), placed(decision));
        assertTrue(decision.reasons().get(0).startsWith("25 node(s) excluded: status draining (e.g. " + id(1)), decision.reasons().get(0));
        assertEquals(PlacementPolicy.SHOWN_CANDIDATES, decision.reasons().stream().filter(r -> r.contains(": fits, load")).count());
        assertTrue(decision.reasons().get(decision.reasons().size() - 1).endsWith("least loaded of 15"));
    }

    @Test
    void requestsAndCapacitiesRefuseImpossibleValues() {
        assertEquals("expectedParticipants", assertThrows(InvalidInputException.class,
                () -> new PlacementRequest("r", Optional.empty(), 0, 1)).field());
        assertEquals("capacity.maxCpu", assertThrows(InvalidInputException.class, () -> new NodeCapacity(1.5, 1, 1)).field());
        assertEquals("nodeId", assertThrows(InvalidInputException.class, () -> new NodeId("node-1")).field());
        assertEquals("status", assertThrows(InvalidInputException.class, () -> NodeStatus.parse("up")).field());
    }
}
