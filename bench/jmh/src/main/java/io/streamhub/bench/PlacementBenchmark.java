package io.streamhub.bench;

import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.placement.AppPlacement;
import io.streamhub.domain.placement.PlacementDecision;
import io.streamhub.domain.placement.PlacementPolicy;
import io.streamhub.domain.placement.PlacementRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One placement decision over a registry of {@code nodes} nodes (a realistic mix: regions, some draining,
 * disabled or stale, varied load), against the least any placement must do: one pass reading every
 * node's load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlacementBenchmark {
    @Param("10000")
    int nodes;

    private final Instant now = Instant.parse("2026-11-21T12:00:00Z");
    private final PlacementPolicy policy = new PlacementPolicy(Duration.ofSeconds(90));
    private final PlacementRequest request = PlacementRequest.of("live-show", Optional.of("eu"));
    private List<Node> registry;

    @Setup
    public void registry() {
        Random random = new Random(42);
        String[] regions = {"eu", "us", "ap", "sa"};
        registry = new ArrayList<>(nodes);
        for (int i = 0; i < nodes; i++) {
            NodeStatus status = i % 50 == 0 ? NodeStatus.DRAINING : i % 97 == 0 ? NodeStatus.DISABLED : NodeStatus.ACTIVE;
            Instant seen = i % 61 == 0 ? now.minusSeconds(300) : now.minusSeconds(random.nextInt(30));
            registry.add(new Node(new NodeId(new UUID(random.nextLong(), random.nextLong()).toString()), "node-" + i,
                    "ws://10.0." + (i / 250) + "." + (i % 250) + ":7880", Optional.of(regions[i % regions.length]), status,
                    now.minusSeconds(3600), Optional.of(seen), Optional.of("ND_" + i), NodeCapacity.DEFAULT,
                    new NodeLoad(random.nextDouble() * 0.95, (long) (random.nextDouble() * 950_000_000L), random.nextInt(1000), 0)));
        }
    }

    @Benchmark
    public PlacementDecision decide() {
        return policy.decide(request, registry, AppPlacement.ANYWHERE, now);
    }

    /** The floor: touch every node's load once. */
    @Benchmark
    public double baselineScan() {
        double sum = 0;
        for (Node node : registry) {
            sum += node.load().cpu();
        }
        return sum;
    }
}
