package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.streamhub.adapter.persistence.files.ProcMachineSampler;
import io.streamhub.application.port.in.ClusterUseCases;
import io.streamhub.application.port.out.ControlPlaneClient;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.service.ClusterService;
import io.streamhub.application.service.NodeAgent;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.node.NodeId;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * When clustering is on ({@code STREAMHUB_CLUSTER_TOKEN}) and the LiveKit the core runs beside is named
 * ({@code STREAMHUB_ORIGIN_LIVEKIT_NODE_ID}, its node id from LiveKit's log), the core registers it as
 * node {@code origin} and keeps it fresh like any agent would, through the same use cases in-process.
 * Without the id the origin is not registered: a node that LiveKit cannot be told to use would only
 * ever be skipped by placement.
 */
@Singleton
@Requires(property = "streamhub.cluster.token", pattern = ".+")
@Requires(property = "streamhub.cluster.origin-node-id", pattern = ".+")
public class OriginNode implements ApplicationEventListener<ServerStartupEvent> {
    private final NodeAgent agent;
    private final Thread loop;

    public OriginNode(ClusterUseCases.JoinClusterUseCase cluster, MediaServerGateway liveKit, JsonMapper json,
                      @Value("${streamhub.cluster.token}") String token,
                      @Value("${streamhub.livekit.url:}") String liveKitUrl,
                      @Value("${streamhub.livekit.public-ws-url:}") String publicWsUrl,
                      @Value("${streamhub.cluster.origin-node-id:}") String liveKitNodeId) {
        ControlPlaneClient local = new ControlPlaneClient() {
            @Override
            public String join(String name, String ip, Optional<String> region, Optional<String> url) {
                return cluster.join(new ClusterUseCases.JoinCommand(token, name, ip, region, url)).node().id().value();
            }

            @Override
            public HeartbeatResult heartbeat(String nodeId, Map<String, Object> stats) {
                try {
                    cluster.heartbeat(new ClusterUseCases.HeartbeatCommand(token, new NodeId(nodeId), Optional.of(
                            ClusterUseCases.Report.of(stats, json.writeValueAsString(stats)))));
                    return HeartbeatResult.OK;
                } catch (NotFoundException gone) {
                    return HeartbeatResult.UNKNOWN_NODE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        String url = publicWsUrl.isBlank() ? liveKitUrl : publicWsUrl;
        this.agent = new NodeAgent(local, new ProcMachineSampler(), liveKit, new NodeAgent.Identity(ClusterService.ORIGIN_NAME,
                "127.0.0.1", Optional.empty(), Optional.of(url), Optional.of(liveKitNodeId)),
                Duration.ofSeconds(10), Duration.ofSeconds(60));
        this.loop = new Thread(this::run, "origin-node");
        this.loop.setDaemon(true);
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        loop.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(agent.tick().toMillis());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loop with the context. */
    @Singleton
    static final class Stopper implements ApplicationEventListener<ShutdownEvent> {
        private final Optional<OriginNode> origin;

        Stopper(Optional<OriginNode> origin) {
            this.origin = origin;
        }

        @Override
        public void onApplicationEvent(ShutdownEvent event) {
            origin.ifPresent(o -> o.loop.interrupt());
        }
    }
}
