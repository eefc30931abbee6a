package io.streamhub.application.service;

import io.streamhub.application.port.in.JoinTokenUseCases;
import io.streamhub.application.port.in.PlaybackUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.application.port.out.StreamRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.distribution.Audience;
import io.streamhub.domain.distribution.DistributionConfig;
import io.streamhub.domain.distribution.NodeSnapshot;
import io.streamhub.domain.distribution.PlaybackDecision;
import io.streamhub.domain.distribution.PlaybackPlanner;
import io.streamhub.domain.distribution.PlaybackRequest;
import io.streamhub.domain.distribution.ViewerRole;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UnavailableException;
import io.streamhub.domain.error.UpstreamException;
import io.streamhub.domain.node.NodeStatus;
import io.streamhub.domain.placement.RoomPlacement;
import io.streamhub.domain.stream.StreamLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The viewer router: gathers the facts of the moment (the app's config read per request, the room's
 * WebRTC audience from the media server, the HLS audience from the players' stats, the node registry)
 * and lets the domain's {@link PlaybackPlanner} decide; then mints what the plan needs (a viewer
 * token, a CDN URL, the P2P swarm).
 */
public final class PlaybackService implements PlaybackUseCases.PlanPlaybackUseCase, PlaybackUseCases.PlaybackAccessUseCase {
    /** How long a signed CDN playback URL stays valid. */
    static final Duration SIGNED_URL_TTL = Duration.ofHours(6);

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final LiveRooms live;
    private final PlaybackStatsService stats;
    private final JoinTokenUseCases.ViewerTokenUseCase tokens;
    private final Cdn cdn;
    private final Settings settings;
    private final PlaybackPlanner planner = new PlaybackPlanner();

    /** The CDN side: the provider adapters and the secret store holding their credentials. */
    public record Cdn(CdnProviders providers, SecretStore secrets) {
    }

    /** The media side: streams, the media server, placements and the node registry. */
    public record LiveRooms(StreamRepository streams, MediaServerGateway media, PlacementStore placements, NodeRegistry nodes) {
    }

    /**
     * {@code defaultTrackers}: the trackers handed out when an app's {@code distribution.p2p.trackers} is empty (the
     * sidecar the run command starts, {@code STREAMHUB_P2P_TRACKER_URL}); with neither, plans carry no P2P block.
     */
    public record Settings(Duration staleAfter, IdGenerator ids, Clock clock, List<String> defaultTrackers) {
        public Settings {
            defaultTrackers = List.copyOf(defaultTrackers);
        }
    }

    public PlaybackService(AppRepository apps, AppWorkspace workspace, LiveRooms live, PlaybackStatsService stats,
                           JoinTokenUseCases.ViewerTokenUseCase tokens, Cdn cdn, Settings settings) {
        this.apps = apps;
        this.workspace = workspace;
        this.live = live;
        this.stats = stats;
        this.tokens = tokens;
        this.cdn = cdn;
        this.settings = settings;
    }

    @Override
    public boolean publiclyPlayable(io.streamhub.domain.app.AppName name) {
        if (apps.findByName(name).isEmpty()) {
            return false;
        }
        AppConfig config = workspace.readConfig(name);
        return config.features().publicPlayback() && !config.playback().privatePlayback();
    }

    @Override
    public PlaybackUseCases.PlaybackView plan(PlaybackUseCases.PlanPlaybackQuery query) {
        App app = apps.findByName(query.app()).orElseThrow(() -> new NotFoundException("app", query.app().value()));
        if (query.anonymous() && query.role() == ViewerRole.INTERACTIVE) {
            throw new AccessDeniedException("role=interactive needs an API token or a session; public viewers are plain viewers");
        }
        String room = app.roomPrefix().namespace(query.room());
        AppConfig config = workspace.readConfig(app.name());
        Instant now = settings.clock().instant();
        boolean isLive = live.streams().active(app.name()).stream().anyMatch(s -> s.room().equals(room));
        Optional<RoomPlacement> placement = live.placements().find(app.name(), room);
        Optional<Integer> webrtcViewers = webrtcViewers(room);
        boolean known = isLive || placement.isPresent() || webrtcViewers.map(n -> n > 0).orElse(false) || roomExists(room);
        if (!known) {
            throw new NotFoundException("room", room);
        }
        NodeSnapshot nodes = webrtcViewers.isEmpty()
                ? new NodeSnapshot(true, Optional.empty(), List.of()) // the media server cannot be reached: no WebRTC now
                : nodes(placement, now);
        Audience audience = new Audience(webrtcViewers.orElse(0), stats.hlsViewers(app.name(), room, now));
        PlaybackDecision decision = planner.plan(new PlaybackRequest(config.distribution(), audience, query.role(), query.region(), nodes));
        if (decision instanceof PlaybackDecision.Refused refused) {
            throw new UnavailableException(refused.code(), refused.reason());
        }
        PlaybackDecision.Plan plan = (PlaybackDecision.Plan) decision;
        Optional<PlaybackUseCases.WebrtcAccess> webrtc = Optional.empty();
        Optional<PlaybackUseCases.HlsAccess> hls = Optional.empty();
        Optional<PlaybackUseCases.P2pAccess> p2p = Optional.empty();
        if (plan.hls()) {
            hls = Optional.of(hls(app, room, config.distribution(), query.originBaseUrl(), now));
            DistributionConfig.P2p p = config.distribution().p2p();
            List<String> trackers = p.trackers().isEmpty() ? settings.defaultTrackers() : p.trackers();
            if (plan.p2p() && !trackers.isEmpty()) {
                p2p = Optional.of(new PlaybackUseCases.P2pAccess(trackers, p.swarmId(app.name().value(), room), p.stun(), p.maxPeers()));
            }
        } else {
            // always under "viewer-": a caller must never take a publisher's identity (LiveKit would disconnect it)
            String identity = "viewer-" + query.identity().orElseGet(() -> settings.ids().uuid().toString().substring(0, 8));
            JoinTokenUseCases.JoinTokenView token = tokens.viewerToken(app.name(), room, identity);
            Optional<String> nodeUrl = plan.node().flatMap(id -> live.nodes().find(new io.streamhub.domain.node.NodeId(id)))
                    .map(r -> r.node().url()).or(token::nodeUrl);
            webrtc = Optional.of(new PlaybackUseCases.WebrtcAccess(token.token(), nodeUrl, plan.node()));
        }
        return new PlaybackUseCases.PlaybackView(app.name().value(), room, plan.mode(), plan.protocol(), plan.reason(), isLive,
                webrtc, hls, p2p);
    }

    /** Empty when the media server cannot answer. */
    private Optional<Integer> webrtcViewers(String room) {
        try {
            return Optional.of(StreamLedger.viewers(live.media().listParticipants(room)));
        } catch (UnavailableException | UpstreamException e) {
            return Optional.empty();
        }
    }

    private boolean roomExists(String room) {
        try {
            return !live.media().listRooms(List.of(room)).isEmpty();
        } catch (UnavailableException | UpstreamException e) {
            return false;
        }
    }

    private NodeSnapshot nodes(Optional<RoomPlacement> placement, Instant now) {
        List<NodeRegistry.RegisteredNode> all = live.nodes().all();
        if (all.isEmpty()) {
            return NodeSnapshot.single();
        }
        List<NodeSnapshot.UsableNode> usable = all.stream().map(NodeRegistry.RegisteredNode::node)
                .filter(n -> n.status() != NodeStatus.DISABLED && !n.isStale(now, settings.staleAfter()))
                .map(n -> new NodeSnapshot.UsableNode(n.id().value(), n.region(), n.status() == NodeStatus.ACTIVE))
                .toList();
        return new NodeSnapshot(true, placement.map(p -> p.node().value()), usable);
    }

    /** The CDN URL when a provider (or a plain pull-zone base URL) is set, else the origin's. */
    private PlaybackUseCases.HlsAccess hls(App app, String room, DistributionConfig distribution, String originBaseUrl, Instant now) {
        String path = "/hls/" + app.name().value() + "/" + io.streamhub.domain.hls.HlsPath.roomDirectory(room) + "/index.m3u8";
        DistributionConfig.Cdn c = distribution.cdn();
        Optional<CdnProvider> provider = cdn.providers().find(c.provider());
        if (provider.isPresent()) {
            try {
                String url = provider.get().playbackUrl(cdn.providers().settings(cdn.secrets(), app.name(), c), path, false,
                        now.plus(SIGNED_URL_TTL)).toString();
                return new PlaybackUseCases.HlsAccess(url, c.provider().wireName());
            } catch (CdnProvider.CdnFailure e) {
                throw new UpstreamException("cdn_error", e.getMessage());
            }
        }
        String base = c.baseUrl().isEmpty() ? originBaseUrl : c.baseUrl();
        return new PlaybackUseCases.HlsAccess(base + path, c.provider().wireName());
    }

}
