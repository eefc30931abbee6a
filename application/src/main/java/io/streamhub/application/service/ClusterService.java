package io.streamhub.application.service;

import io.streamhub.application.port.in.ClusterUseCases;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.TooLargeException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.net.IpAddresses;
import io.streamhub.domain.node.Node;
import io.streamhub.domain.node.NodeCapacity;
import io.streamhub.domain.node.NodeId;
import io.streamhub.domain.node.NodeLoad;
import io.streamhub.domain.node.NodeStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The node registry: nodes join and heartbeat with the cluster token; operators list, drain,
 * disable, rename and remove them. An operator's draining or disabled survives heartbeats and
 * re-joins (the reference reset it on re-join). A node is stale once not seen for {@code staleAfter}.
 */
public final class ClusterService implements ClusterUseCases.JoinClusterUseCase, ClusterUseCases.ManageNodesUseCase {
    static final int MAX_STATS_BYTES = 4096;
    /** The name under which the core registers the node it runs beside. */
    public static final String ORIGIN_NAME = "origin";
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._-]{1,64}$");

    /** What joining nodes are handed, and the cluster token ({@code STREAMHUB_CLUSTER_TOKEN}; empty disables joining). */
    public record Settings(Optional<String> clusterToken, Duration staleAfter, String livekitApiKey, String livekitApiSecret,
                           String livekitUrl, Optional<String> redisUrl, Optional<String> publicWsUrl, String masterUrl) {
    }

    private final NodeRegistry registry;
    private final IdGenerator ids;
    private final TransactionRunner tx;
    private final Clock clock;
    private final Settings settings;

    public ClusterService(NodeRegistry registry, IdGenerator ids, TransactionRunner tx, Clock clock, Settings settings) {
        this.registry = registry;
        this.ids = ids;
        this.tx = tx;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public ClusterUseCases.JoinView join(ClusterUseCases.JoinCommand c) {
        checkToken(c.clusterToken());
        if (c.name() == null || !NAME.matcher(c.name()).matches()) {
            throw new InvalidInputException("name", "name must match ^[a-zA-Z0-9._-]{1,64}$");
        }
        if (IpAddresses.parse(c.ip()).isEmpty()) {
            throw new InvalidInputException("ip", "ip must be an IPv4 or IPv6 address");
        }
        String region = c.region().orElse("");
        if (region.length() > 64) {
            throw new InvalidInputException("region", "region must be at most 64 characters");
        }
        String url = c.url().orElse("ws://" + (c.ip().contains(":") ? "[" + c.ip() + "]" : c.ip()) + ":7880");
        if (url.length() > 255 || !url.matches("^(wss?|https?)://\\S+$")) {
            throw new InvalidInputException("url", "url must be a ws(s) or http(s) URL of at most 255 characters");
        }
        Optional<String> newRegion = region.isEmpty() ? Optional.empty() : Optional.of(region);
        return tx.inTransaction(() -> {
            Optional<NodeRegistry.RegisteredNode> existing = registry.findByName(c.name());
            // the core's own node (registered by the core itself) keeps the well-known id "origin"
            NodeId newId = ORIGIN_NAME.equals(c.name()) ? NodeId.ORIGIN : new NodeId(ids.uuid().toString());
            Node node = existing.map(r -> r.node().joined(c.name(), url, newRegion, clock.instant()))
                    .orElseGet(() -> new Node(newId, c.name(), url, newRegion, NodeStatus.ACTIVE,
                            clock.instant(), Optional.of(clock.instant()), Optional.empty(), NodeCapacity.DEFAULT, NodeLoad.IDLE));
            registry.save(node, existing.map(NodeRegistry.RegisteredNode::statsJson).orElse("{}"));
            return new ClusterUseCases.JoinView(node, existing.isEmpty(), settings.livekitApiKey(), settings.livekitApiSecret(),
                    settings.livekitUrl(), settings.redisUrl(), settings.publicWsUrl());
        });
    }

    @Override
    public void heartbeat(ClusterUseCases.HeartbeatCommand c) {
        checkToken(c.clusterToken());
        c.report().ifPresent(r -> {
            if (r.statsJson().getBytes(StandardCharsets.UTF_8).length > MAX_STATS_BYTES) {
                throw new TooLargeException("stats", "stats must be at most " + MAX_STATS_BYTES + " bytes of JSON");
            }
        });
        tx.inTransaction(() -> {
            NodeRegistry.RegisteredNode current = registry.find(c.nodeId())
                    .orElseThrow(() -> new NotFoundException("node", c.nodeId().value()));
            Node node = current.node();
            if (c.report().isPresent()) {
                ClusterUseCases.Report r = c.report().get();
                registry.save(node.heartbeat(r.mediaNodeId(), r.capacity(), r.load(), clock.instant()), r.statsJson());
            } else {
                registry.save(node.heartbeat(Optional.empty(), node.capacity(), node.load(), clock.instant()), current.statsJson());
            }
        });
    }

    @Override
    public List<ClusterUseCases.NodeView> nodes() {
        return registry.all().stream().map(this::view).toList();
    }

    @Override
    public ClusterUseCases.NodeView update(NodeId id, ClusterUseCases.NodeChanges changes) {
        changes.name().ifPresent(name -> {
            if (!NAME.matcher(name).matches()) {
                throw new InvalidInputException("name", "name must match ^[a-zA-Z0-9._-]{1,64}$");
            }
        });
        return tx.inTransaction(() -> {
            NodeRegistry.RegisteredNode current = registry.find(id).orElseThrow(() -> new NotFoundException("node", id.value()));
            changes.name().flatMap(registry::findByName).filter(other -> !other.node().id().equals(id)).ifPresent(other -> {
                throw new io.streamhub.domain.error.ConflictException("name", "another node is named " + other.node().name());
            });
            Node node = current.node().renamed(changes.name().orElse(current.node().name()),
                    changes.region().map(r -> r.isEmpty() ? Optional.<String>empty() : Optional.of(r)).orElse(current.node().region()));
            node = changes.status().map(node::withStatus).orElse(node);
            registry.save(node, current.statsJson());
            return view(new NodeRegistry.RegisteredNode(node, current.statsJson()));
        });
    }

    @Override
    public void delete(NodeId id) {
        if (!registry.delete(id)) {
            throw new NotFoundException("node", id.value());
        }
    }

    @Override
    public ClusterUseCases.ClusterInfoView info() {
        String join = "install.sh --join --master-token <STREAMHUB_CLUSTER_TOKEN> --master-ip <origin-ip> --master-url " + settings.masterUrl();
        return new ClusterUseCases.ClusterInfoView(settings.clusterToken().isPresent(), registry.all().size(),
                settings.staleAfter().toSeconds(), join);
    }

    private ClusterUseCases.NodeView view(NodeRegistry.RegisteredNode r) {
        return new ClusterUseCases.NodeView(r.node(), r.statsJson(), r.node().isStale(clock.instant(), settings.staleAfter()));
    }

    /** Compares SHA-256 digests in constant time, so neither length nor content leaks through timing. */
    private void checkToken(String presented) {
        String expected = settings.clusterToken()
                .orElseThrow(() -> new UnavailableException("cluster_disabled", "cluster joining is disabled (STREAMHUB_CLUSTER_TOKEN unset)"));
        if (presented == null || !MessageDigest.isEqual(sha256(expected), sha256(presented))) {
            throw new UnauthenticatedException("invalid cluster token");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
