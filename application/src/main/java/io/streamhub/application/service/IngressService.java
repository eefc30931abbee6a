package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.IngressAuthRepository;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.application.port.out.PasswordHasher;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.ingress.IngressAuth;
import io.streamhub.domain.ingress.IngressInfo;
import io.streamhub.domain.ingress.IngressSpec;
import io.streamhub.domain.ingress.InputType;
import io.streamhub.domain.quota.QuotaMetric;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * RTMP, WHIP and URL ingress into an app's rooms. Each ingress is checked to publish into one of
 * the app's rooms before it is shown or deleted (the reference did not, catalog 17 #6). When the app
 * enables {@code features.rtmpPassword}, an RTMP ingress gets a StreamHub password (shown once,
 * stored hashed) that must be validated before it publishes (see {@link MediaEventService}).
 */
public final class IngressService implements MediaUseCases.ManageIngressUseCase {
    /** The password's moving parts, kept together. */
    public record Passwords(IngressAuthRepository store, PasswordHasher hasher, IdGenerator ids) {
    }

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final MediaServerGateway media;
    private final QuotaGuard quotas;
    private final Passwords passwords;
    private final Clock clock;

    public IngressService(AppRepository apps, AppWorkspace workspace, MediaServerGateway media, QuotaGuard quotas,
                          Passwords passwords, Clock clock) {
        this.apps = apps;
        this.workspace = workspace;
        this.media = media;
        this.quotas = quotas;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public MediaUseCases.CreatedIngressView create(MediaUseCases.CreateIngressCommand c) {
        App app = AppLookup.require(apps, c.app());
        IngressSpec spec = new IngressSpec(c.inputType(), app.name() + "-" + c.inputType().key(),
                app.roomPrefix().namespace(c.room().orElse(null)),
                c.participantIdentity().orElse("ingress-" + app.name()), c.participantName().orElse(null),
                c.url().orElse(null), c.transcode().orElse(c.inputType() != InputType.WHIP));
        quotas.ensureRoomFor(app.tenantId(), QuotaMetric.CONCURRENT_STREAMS, 1);
        IngressInfo created = media.createIngress(spec);
        if (c.inputType() != InputType.RTMP || !workspace.readConfig(app.name()).features().rtmpPassword()) {
            return new MediaUseCases.CreatedIngressView(created, Optional.empty());
        }
        String password = passwords.ids().secret(12);
        passwords.store().save(app.name(), new IngressAuth(created.id(), passwords.hasher().hash(password), clock.instant(),
                Optional.empty()));
        return new MediaUseCases.CreatedIngressView(created, Optional.of(password));
    }

    @Override
    public boolean validate(AppName name, String ingressId, String password) {
        get(name, ingressId);
        Optional<IngressAuth> auth = passwords.store().find(name, ingressId);
        if (auth.isEmpty()) {
            return true;
        }
        boolean valid = passwords.hasher().verify(password, auth.get().passwordHash());
        if (valid) {
            passwords.store().save(name, auth.get().validated(clock.instant()));
        }
        return valid;
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
        passwords.store().delete(name, ingressId);
    }

    private static boolean owns(App app, IngressInfo ingress) {
        return ingress.room() != null && app.roomPrefix().owns(ingress.room());
    }
}
