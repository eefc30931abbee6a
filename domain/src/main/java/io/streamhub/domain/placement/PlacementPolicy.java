package io.streamhub.domain.placement;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * Chooses the node for a new room. Each node passes these rules in order, the first failure
 * excluding it with its reason:
 * <ol>
 *   <li>the operator's status is {@code active} (draining and disabled nodes take no new rooms);</li>
 *   <li>it is not stale (seen within the staleness threshold);</li>
 *   <li>its LiveKit node id is known (a room can only be pinned to a node LiveKit can name);</li>
 *   <li>the app does not deny it, and pins it when the app pins any node;</li>
 *   <li>CPU: its reported CPU is under its declared ceiling;</li>
 *   <li>NIC: egress plus the room's expected bitrate stays within 90% of its NIC;</li>
 *   <li>participants: current plus expected stays within its cap.</li>
 * </ol>
 * Among the nodes left, those in the publisher's region win when there are any; then the least
 * loaded one (by its tightest resource: CPU, NIC or participants, as a fraction of capacity); ties
 * go to the smallest node id. The same inputs always give the same decision.
 *
 * <p>Reasons name every node while there are at most {@value #DETAILED} of them; past that, exclusions
 * are counted by cause (with a few examples) and only the {@value #SHOWN_CANDIDATES} least loaded
 * candidates are listed, so a decision over thousands of nodes stays readable and cheap.
 */
public final class PlacementPolicy {
    static final double NIC_HEADROOM = 0.9;
    static final int DETAILED = 20;
    static final int SHOWN_CANDIDATES = 5;
    private final Duration staleAfter;

    public PlacementPolicy(Duration staleAfter) {
        this.staleAfter = staleAfter;
    }

    public PlacementDecision decide(PlacementRequest request, List<Node> nodes, AppPlacement app, Instant now) {
        boolean detailed = nodes.size() <= DETAILED;
        List<String> reasons = new ArrayList<>();
        Map<String, List<Node>> excludedByCause = new TreeMap<>();
        List<Node> fit = new ArrayList<>();
        for (Node node : nodes) {
            Optional<String> excluded = exclusion(node, request, app, now, detailed);
            if (excluded.isEmpty()) {
                fit.add(node);
            } else if (detailed) {
                excludedByCause.computeIfAbsent(node.id() + " (" + node.name() + "): excluded, " + excluded.get(), k -> new ArrayList<>());
            } else {
                excludedByCause.computeIfAbsent(excluded.get(), k -> new ArrayList<>()).add(node);
            }
        }
        excludedByCause.forEach((cause, examples) -> reasons.add(detailed ? cause : examples.size() + " node(s) excluded: " + cause
                + " (e.g. " + String.join(", ", examples.stream().sorted(Comparator.comparing(Node::id)).limit(3)
                        .map(n -> n.id().value()).toList()) + ")"));
        if (fit.isEmpty()) {
            reasons.add("no node has room for " + request.room());
            return new PlacementDecision.Rejected(reasons);
        }
        List<Node> candidates = fit;
        if (request.region().isPresent()) {
            String region = request.region().get();
            List<Node> local = fit.stream().filter(n -> n.region().filter(region::equals).isPresent()).toList();
            if (local.isEmpty()) {
                reasons.add("no fitting node in region " + region + "; any region will do");
            } else {
                candidates = local;
                reasons.add(local.size() + " fitting node(s) in region " + region);
            }
        }
        List<Node> ranked = candidates.stream()
                .sorted(Comparator.comparingDouble(PlacementPolicy::load).thenComparing(Node::id))
                .limit(detailed ? Long.MAX_VALUE : SHOWN_CANDIDATES)
                .toList();
        Node chosen = ranked.get(0);
        for (Node node : ranked) {
            reasons.add(node.id() + " (" + node.name() + "): fits, load " + percent(load(node)));
        }
        reasons.add("chose " + chosen.id() + " (" + chosen.name() + "): least loaded"
                + (candidates.size() > 1 ? " of " + candidates.size() : ", only candidate"));
        return new PlacementDecision.Placed(chosen.id(), reasons);
    }

    /** The cause a node is excluded for: detailed (with its numbers) for small registries, a category otherwise. */
    private Optional<String> exclusion(Node node, PlacementRequest request, AppPlacement app, Instant now, boolean detailed) {
        if (node.status() != NodeStatus.ACTIVE) {
            return Optional.of("status " + node.status().key());
        }
        if (node.isStale(now, staleAfter)) {
            if (!detailed) {
                return Optional.of("stale");
            }
            return Optional.of(node.lastSeenAt()
                    .map(seen -> "stale, last seen " + Duration.between(seen, now).toSeconds() + " s ago (> " + staleAfter.toSeconds() + " s)")
                    .orElse("stale, never seen"));
        }
        if (node.mediaNodeId().isEmpty()) {
            return Optional.of("LiveKit node id not reported yet");
        }
        if (app.denied().contains(node.id())) {
            return Optional.of("denied for this app");
        }
        if (!app.pinned().isEmpty() && !app.pinned().contains(node.id())) {
            return Optional.of("app is pinned to other nodes");
        }
        double cpuCeiling = node.capacity().maxCpu();
        if (node.load().cpu() >= cpuCeiling) {
            return Optional.of(detailed ? "cpu " + percent(node.load().cpu()) + " at or over its ceiling " + percent(cpuCeiling)
                    : "cpu at or over its ceiling");
        }
        long nicLimit = (long) (node.capacity().nicBitsPerSecond() * NIC_HEADROOM);
        if (node.load().txBitsPerSecond() + request.expectedBitsPerSecond() > nicLimit) {
            return Optional.of(detailed ? "nic " + mbps(node.load().txBitsPerSecond()) + " + " + mbps(request.expectedBitsPerSecond())
                    + " over " + mbps(nicLimit) : "nic full");
        }
        if (node.load().participants() + request.expectedParticipants() > node.capacity().maxParticipants()) {
            return Optional.of(detailed ? "participants " + node.load().participants() + " + " + request.expectedParticipants()
                    + " over " + node.capacity().maxParticipants() : "participants at the cap");
        }
        return Optional.empty();
    }

    /** The tightest resource as a fraction of what the node may carry. */
    static double load(Node node) {
        double cpu = node.load().cpu() / node.capacity().maxCpu();
        double nic = (double) node.load().txBitsPerSecond() / node.capacity().nicBitsPerSecond();
        double participants = (double) node.load().participants() / node.capacity().maxParticipants();
        return Math.max(cpu, Math.max(nic, participants));
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
    }

    private static String mbps(long bits) {
        return String.format(Locale.ROOT, "%.1f Mbps", bits / 1_000_000.0);
    }
}
