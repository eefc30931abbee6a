package io.streamhub.application.service;

import io.streamhub.application.port.in.HlsUseCases;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.node.NodeId;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a room's live HLS is: the room's placement names its node; a room placed on another node than
 * this one is served by that node (same {@code /hls/} route), at its registered URL when that is an
 * http(s) URL, else at {@code http://<its host>:<hlsPort>} (a node registered by its LiveKit ws URL).
 * Rooms are looked up by their HLS directory name, which is the room name for names without dots.
 */
public final class HlsRouting implements HlsUseCases.HlsOwnerUseCase {
    private final PlacementStore placements;
    private final NodeRegistry nodes;
    private final NodeId self;
    private final int hlsPort;

    public HlsRouting(PlacementStore placements, NodeRegistry nodes, NodeId self, int hlsPort) {
        this.placements = placements;
        this.nodes = nodes;
        this.self = self;
        this.hlsPort = hlsPort;
    }

    @Override
    public Optional<String> remoteOwner(AppName app, String roomDirectory) {
        return placements.find(app, roomDirectory)
                .map(p -> p.node())
                .filter(node -> !node.equals(self))
                .flatMap(nodes::find)
                .flatMap(registered -> baseOf(registered.node().url()));
    }

    Optional<String> baseOf(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost();
            return switch (scheme) {
                case "http", "https" -> Optional.of(scheme + "://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
                case "ws" -> Optional.of("http://" + host + ":" + hlsPort);
                case "wss" -> Optional.of("https://" + host + ":" + hlsPort);
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
