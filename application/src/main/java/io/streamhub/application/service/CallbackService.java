package io.streamhub.application.service;

import io.streamhub.application.port.in.CallbackUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.CallbackStore;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.callback.CallbackEndpoint;
import io.streamhub.domain.callback.Delivery;
import io.streamhub.domain.callback.DeliveryLog;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An app's callback endpoints and delivery log. Endpoint secrets are write-only (secret store);
 * an endpoint created without one gets a generated {@code whsec_} secret, returned once. URLs that
 * reach private, loopback or link-local addresses are refused unless the operator allows them
 * (the sender checks again on every attempt, so a DNS change cannot sneak past).
 */
public final class CallbackService implements CallbackUseCases.ManageEndpointsUseCase, CallbackUseCases.DeliveryLogUseCase {
    static final int MAX_SECRET = 256;
    static final int MAX_ENDPOINTS = 20;

    private final AppRepository apps;
    private final AppWorkspace workspace;
    private final CallbackStore store;
    private final SecretStore secrets;
    private final CallbackDispatcher dispatcher;
    private final CallbackTargets targets;
    private final IdGenerator ids;
    private final Clock clock;

    public CallbackService(AppRepository apps, AppWorkspace workspace, CallbackStore store, SecretStore secrets,
                           CallbackDispatcher dispatcher, CallbackTargets targets, IdGenerator ids, Clock clock) {
        this.apps = apps;
        this.workspace = workspace;
        this.store = store;
        this.secrets = secrets;
        this.dispatcher = dispatcher;
        this.targets = targets;
        this.ids = ids;
        this.clock = clock;
    }

    /** Where an endpoint's secret is kept in the secret store. */
    static String secretKey(String endpointId) {
        return "callbacks.endpoint." + endpointId;
    }

    @Override
    public List<CallbackUseCases.EndpointView> list(AppName name) {
        App app = AppLookup.require(apps, name);
        List<CallbackUseCases.EndpointView> views = new ArrayList<>();
        configEndpoint(app).ifPresent(views::add);
        store.endpoints(app.name()).stream().sorted(Comparator.comparing(CallbackEndpoint::createdAt).thenComparing(CallbackEndpoint::id))
                .forEach(e -> views.add(view(app.name(), e)));
        return views;
    }

    @Override
    public CallbackUseCases.CreatedEndpoint create(CallbackUseCases.CreateEndpointCommand c) {
        App app = AppLookup.require(apps, c.app());
        CallbackEndpoint endpoint = new CallbackEndpoint(ids.uuid().toString(), c.url(), c.events(), c.enabled(),
                c.description(), clock.instant());
        targets.check("url", endpoint.url());
        if (store.endpoints(app.name()).size() >= MAX_ENDPOINTS) {
            throw new ConflictException("url", "an app has at most " + MAX_ENDPOINTS + " callback endpoints");
        }
        Optional<String> generated = c.secret().isEmpty() ? Optional.of(generateSecret()) : Optional.empty();
        String secret = c.secret().orElseGet(generated::orElseThrow);
        checkSecret(secret);
        secrets.put(app.name(), secretKey(endpoint.id()), secret);
        store.saveEndpoint(app.name(), endpoint);
        return new CallbackUseCases.CreatedEndpoint(view(app.name(), endpoint), generated);
    }

    @Override
    public CallbackUseCases.EndpointView update(CallbackUseCases.UpdateEndpointCommand c) {
        App app = AppLookup.require(apps, c.app());
        CallbackEndpoint current = endpointOf(app.name(), c.id());
        CallbackEndpoint changed = new CallbackEndpoint(current.id(), c.url().orElse(current.url()),
                c.events().orElse(current.events()), c.enabled().orElse(current.enabled()),
                c.description().orElse(current.description()), current.createdAt());
        if (c.url().isPresent()) {
            targets.check("url", changed.url());
        }
        if (c.secret().isPresent()) {
            checkSecret(c.secret().get());
            secrets.put(app.name(), secretKey(current.id()), c.secret().get());
        }
        store.saveEndpoint(app.name(), changed);
        dispatcher.endpointChanged(app.name(), changed.id());
        return view(app.name(), changed);
    }

    @Override
    public void delete(AppName name, String id) {
        App app = AppLookup.require(apps, name);
        endpointOf(app.name(), id);
        store.deleteEndpoint(app.name(), id);
        secrets.remove(app.name(), secretKey(id));
        dispatcher.endpointChanged(app.name(), id);
    }

    @Override
    public DeliveryLog.Page deliveries(AppName name, DeliveryLog.Query query) {
        return store.deliveries(AppLookup.require(apps, name).name(), query);
    }

    @Override
    public DeliveryLog.Entry delivery(AppName name, String deliveryId) {
        return entryOf(AppLookup.require(apps, name).name(), deliveryId);
    }

    @Override
    public DeliveryLog.Entry redeliver(AppName name, String deliveryId) {
        AppName app = AppLookup.require(apps, name).name();
        Delivery again = entryOf(app, deliveryId).delivery().redeliver(clock.instant());
        store.update(app, again);
        dispatcher.wake(app);
        return entryOf(app, deliveryId);
    }

    private DeliveryLog.Entry entryOf(AppName app, String deliveryId) {
        return store.delivery(app, deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
    }

    private CallbackEndpoint endpointOf(AppName app, String id) {
        if (CallbackEndpoint.CONFIG_ID.equals(id)) {
            throw new ConflictException("id", "the config endpoint is changed through the app config (callbacks.url, callbacks.secret)");
        }
        return store.endpoint(app, id).orElseThrow(() -> new NotFoundException("callback endpoint", id));
    }

    private Optional<CallbackUseCases.EndpointView> configEndpoint(App app) {
        AppConfig.Callbacks callbacks = workspace.readConfig(app.name()).callbacks();
        if (callbacks.url().isBlank()) {
            return Optional.empty();
        }
        CallbackEndpoint endpoint = new CallbackEndpoint(CallbackEndpoint.CONFIG_ID, callbacks.url(), java.util.Set.of(), true,
                "callbacks.url of the app config", app.createdAt());
        return Optional.of(new CallbackUseCases.EndpointView(endpoint,
                secrets.get(app.name(), AppService.CALLBACK_SECRET).isPresent(), true));
    }

    private CallbackUseCases.EndpointView view(AppName app, CallbackEndpoint endpoint) {
        return new CallbackUseCases.EndpointView(endpoint, secrets.get(app, secretKey(endpoint.id())).isPresent(), false);
    }

    private static void checkSecret(String secret) {
        if (secret.isEmpty() || secret.length() > MAX_SECRET) {
            throw new InvalidInputException("secret", "secret must be 1 to " + MAX_SECRET + " characters");
        }
    }

    /** {@code whsec_} and 32 random bytes in standard base64, the form Standard Webhooks verifiers take. */
    private String generateSecret() {
        String url = ids.secret(32).replace('-', '+').replace('_', '/');
        return "whsec_" + url + "=".repeat((4 - url.length() % 4) % 4);
    }
}
