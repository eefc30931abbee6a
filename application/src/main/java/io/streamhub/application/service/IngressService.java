package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.quota.QuotaMetric;
import java.util.List;
import java.util.Optional;

/**
 * RTMP, WHIP and URL ingress into an app's rooms. Each ingress is checked to publish into one of
 * the app's rooms before it is shown or deleted (the reference did not, catalog 17 #6).
 */
public final class IngressService implements MediaUseCases.ManageIngressUseCase {
    private final AppRepository apps;
    private final MediaServerGateway media;
    private final QuotaGuard quotas;

    public IngressService(AppRepository apps, MediaServerGateway media, QuotaGuard quotas) {
        this.apps = apps;
        this.media = media;
        this.quotas = quotas;
    }

    @Override
    public IngressInfo create(MediaUseCases.CreateIngressCommand c) {
        App app = AppLookup.require(apps, c.app());
        IngressSpec spec = new IngressSpec(c.inputType(), app.name() + "-" + c.inputType().key(),
                app.roomPrefix().namespace(c.room().orElse(null)),
                c.participantIdentity().orElse("ingress-" + app.name()), c.participantName().orElse(null),
                c.url().orElse(null), c.transcode().orElse(c.inputType() != InputType.WHIP));
        quotas.ensureRoomFor(app.tenantId(), QuotaMetric.CONCURRENT_STREAMS, 1);
        return media.createIngress(spec);
    }

    @Override
    public List<IngressInfo> list(AppName name) {
        App app = AppLookup.require(apps, name);
        return media.listIngress(Optional.empty()).stream().filter(i -> owns(app, i)).toList();
    }

    @Override
    public IngressInfo get(AppName name, String ingressId) {
        App app = AppLookup.require(apps, name);
        return media.listIngress(Optional.empty()).stream()
                .filter(i -> i.id().equals(ingressId) && owns(app, i))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ingress", ingressId));
    }

    @Override
    public void delete(AppName name, String ingressId) {
        get(name, ingressId);
        if (!media.deleteIngress(ingressId)) {
            throw new NotFoundException("ingress", ingressId);
        }
    }

    private static boolean owns(App app, IngressInfo ingress) {
        return ingress.room() != null && app.roomPrefix().owns(ingress.room());
    }
}
