package io.streamhub.application.service;

import io.streamhub.application.port.in.JoinTokenUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.MediaTokenIssuer;
import io.streamhub.application.port.out.NodeRegistry;
import io.streamhub.application.port.out.PlacementStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.room.JoinGrant;
import io.streamhub.domain.room.JoinPolicy;
import java.util.Optional;

/** Mints LiveKit join tokens for an app's rooms, and public viewer tokens where the app allows them. */
public final class JoinTokenService implements JoinTokenUseCases.MintJoinTokenUseCase, JoinTokenUseCases.PlayTokenUseCase,
        JoinTokenUseCases.ViewerTokenUseCase {
    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final QuotaGuard quotas;
    private final MediaTokenIssuer issuer;
    private final IdGenerator ids;
    private final PlacementStore placements;
    private final NodeRegistry nodes;
    private final JoinPolicy policy = new JoinPolicy();

    public JoinTokenService(AppRepository apps, AppWorkspace workspace, QuotaGuard quotas, MediaTokenIssuer issuer, IdGenerator ids,
                            PlacementStore placements, NodeRegistry nodes) {
        this.apps = apps;
        this.workspace = workspace;
        this.quotas = quotas;
        this.issuer = issuer;
        this.ids = ids;
        this.placements = placements;
        this.nodes = nodes;
    }

    /** Clients of a placed room signal through the node that owns it. */
    private Optional<String> nodeUrl(App app, String room) {
        return placements.find(app.name(), room).flatMap(p -> nodes.find(p.node())).map(r -> r.node().url());
    }

    @Override
    public JoinTokenUseCases.JoinTokenView mint(JoinTokenUseCases.MintJoinTokenCommand command) {
        App app = find(command.app());
        AppConfig config = workspace.readConfig(app.name());
        JoinGrant grant = policy.grant(app.roomPrefix(), config.features(), command.request(), () -> "anon-" + ids.uuid());
        if (grant.canPublish()) {
            quotas.ensureRoomFor(app.tenantId(), QuotaMetric.CONCURRENT_STREAMS, 1);
        }
        return new JoinTokenUseCases.JoinTokenView(issuer.sign(grant), app, grant, nodeUrl(app, grant.room()), cdnBase(config));
    }

    private static Optional<String> cdnBase(AppConfig config) {
        String base = config.distribution().cdn().baseUrl();
        return base.isEmpty() ? Optional.empty() : Optional.of(base);
    }

    @Override
    public JoinTokenUseCases.JoinTokenView playToken(AppName name, String room) {
        App app = find(name);
        if (!workspace.readConfig(name).features().publicPlayback()) {
            throw new NotFoundException("app", name.value());
        }
        JoinGrant grant = policy.viewer(app.roomPrefix(), room, "viewer-" + ids.uuid().toString().substring(0, 8));
        return new JoinTokenUseCases.JoinTokenView(issuer.sign(grant), app, grant, nodeUrl(app, grant.room()));
    }

    @Override
    public JoinTokenUseCases.JoinTokenView viewerToken(AppName name, String namespacedRoom, String identity) {
        App app = find(name);
        JoinGrant grant = policy.subscriber(namespacedRoom, identity);
        return new JoinTokenUseCases.JoinTokenView(issuer.sign(grant), app, grant, nodeUrl(app, grant.room()));
    }

    private App find(AppName name) {
        return apps.findByName(name).orElseThrow(() -> new NotFoundException("app", name.value()));
    }
}
