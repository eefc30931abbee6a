package io.streamhub.application.service;

import io.streamhub.application.port.in.AppUseCases;
import io.streamhub.application.port.in.AppView;
import io.streamhub.application.port.in.CreateAppCommand;
import io.streamhub.application.port.in.DeleteAppCommand;
import io.streamhub.application.port.in.UpdateAppCommand;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppConfig;
import io.streamhub.domain.app.AppConfigChanges;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.AccessDeniedException;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.token.TokenScope;
import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.domain.distribution.CdnProviderKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The app registry: create (quota-checked), list by visibility, rename, configure, delete. */
public final class AppService implements AppUseCases.CreateAppUseCase, AppUseCases.ListAppsUseCase,
        AppUseCases.GetAppUseCase, AppUseCases.UpdateAppUseCase, AppUseCases.DeleteAppUseCase,
        AppUseCases.GetAppConfigUseCase, AppUseCases.UpdateAppConfigUseCase {

    static final String CALLBACK_SECRET = "callbacks.secret";
    /** Secret-store keys of the app's object storage credentials. */
    public static final String STORAGE_ACCESS_KEY = "s3.access_key";
    public static final String STORAGE_SECRET_KEY = "s3.secret_key";

    private final AppRepository apps;
    private final TenantRepository tenants;
    private final AppWorkspace workspace;
    private final SecretStore secrets;
    private final QuotaGuard quotas;
    private final TokenCache tokenCache;
    private final TransactionRunner tx;
    private final Clock clock;

    private final CallbackTargets callbackTargets;
    private final CdnProviders cdnProviders;

    public AppService(AppRepository apps, TenantRepository tenants, AppWorkspace workspace, SecretStore secrets,
                      QuotaGuard quotas, TokenCache tokenCache, CallbackTargets callbackTargets, TransactionRunner tx, Clock clock) {
        this(apps, tenants, workspace, secrets, quotas, tokenCache, callbackTargets, CdnProviders.none(), tx, clock);
    }

    public AppService(AppRepository apps, TenantRepository tenants, AppWorkspace workspace, SecretStore secrets,
                      QuotaGuard quotas, TokenCache tokenCache, CallbackTargets callbackTargets, CdnProviders cdnProviders,
                      TransactionRunner tx, Clock clock) {
        this.callbackTargets = callbackTargets;
        this.cdnProviders = cdnProviders;
        this.apps = apps;
        this.tenants = tenants;
        this.workspace = workspace;
        this.secrets = secrets;
        this.quotas = quotas;
        this.tokenCache = tokenCache;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public App create(CreateAppCommand command) {
        TenantId tenant = owningTenant(command);
        return tx.inTransaction(() -> {
            if (apps.findByName(command.name()).isPresent()) {
                throw new ConflictException("name", "app '" + command.name() + "' already exists");
            }
            quotas.ensureRoomFor(tenant, QuotaMetric.APPS, 1);
            App draft = App.create(command.name(), command.displayName().orElse(null),
                    command.roomPrefix().orElse(null), tenant, clock.instant());
            ensurePrefixIsFree(draft);
            App app = apps.insert(draft);
            workspace.create(app, AppConfig.defaults());
            return app;
        });
    }

    private TenantId owningTenant(CreateAppCommand command) {
        boolean platformAdmin = command.actor() instanceof Principal.Superadmin
                || command.actor() instanceof Principal.Service s && s.scope() == TokenScope.GLOBAL;
        if (command.tenant().isEmpty()) {
            return command.actor().tenantId();
        }
        if (!platformAdmin) {
            throw new AccessDeniedException("only platform administrators may create apps for another tenant");
        }
        TenantId tenant = command.tenant().get();
        if (tenants.findById(tenant).isEmpty()) {
            throw new InvalidInputException("tenantId", "tenant '" + tenant + "' does not exist");
        }
        return tenant;
    }

    private void ensurePrefixIsFree(App app) {
        for (App other : apps.findAll()) {
            if (other.id() != app.id() && other.roomPrefix().overlaps(app.roomPrefix())) {
                throw new ConflictException("roomPrefix", "roomPrefix '" + app.roomPrefix() + "' overlaps the rooms of app '"
                        + other.name() + "' (prefix '" + other.roomPrefix() + "'); choose another roomPrefix");
            }
        }
    }

    @Override
    public List<App> list(Principal actor) {
        if (actor instanceof Principal.Superadmin) {
            return apps.findAll();
        }
        if (actor instanceof Principal.Service token) {
            return token.scope() == TokenScope.GLOBAL ? apps.findAll()
                    : token.app().flatMap(apps::findByName).stream().toList();
        }
        return apps.findByTenant(actor.tenantId());
    }

    @Override
    public App get(AppName name) {
        return apps.findByName(name).orElseThrow(() -> new NotFoundException("app", name.value()));
    }

    @Override
    public AppView update(UpdateAppCommand command) {
        return updateConfig(command);
    }

    @Override
    public AppView config(AppName name) {
        App app = get(name);
        AppConfig stored = workspace.readConfig(name);
        boolean secretSet = secrets.get(name, CALLBACK_SECRET).isPresent();
        Map<String, Boolean> cdn = cdnProviders.credentialsSet(secrets, name, stored.distribution().cdn().provider());
        return new AppView(app, new AppConfig(stored.recording(), new AppConfig.Callbacks(stored.callbacks().url(), secretSet),
                stored.features(), stored.webrtc(), stored.storage().withKeys(secrets.get(name, STORAGE_ACCESS_KEY).isPresent(),
                        secrets.get(name, STORAGE_SECRET_KEY).isPresent()),
                stored.distribution().withCdn(stored.distribution().cdn().withCredentials(setNames(cdn))), stored.hls(), stored.playback()),
                cdn);
    }

    private static Set<String> setNames(Map<String, Boolean> flags) {
        Set<String> names = new TreeSet<>();
        flags.forEach((name, set) -> {
            if (set) {
                names.add(name);
            }
        });
        return names;
    }

    @Override
    public AppView updateConfig(UpdateAppCommand command) {
        return tx.inTransaction(() -> {
            App current = get(command.app());
            App renamed = current.rename(command.displayName().orElse(null), command.roomPrefix().orElse(null), clock.instant());
            String newUrl = command.changes().callbackUrl();
            if (newUrl != null && !newUrl.isBlank()) {
                callbackTargets.check("callbacks.url", newUrl);
            }
            String newSecret = command.changes().callbackSecret();
            boolean secretSet = newSecret == null
                    ? secrets.get(current.name(), CALLBACK_SECRET).isPresent()
                    : !newSecret.isEmpty();
            AppConfigChanges.StorageChanges storage = command.changes().storage();
            String newAccessKey = storage == null ? null : storage.accessKey();
            String newSecretKey = storage == null ? null : storage.secretKey();
            AppConfig stored = workspace.readConfig(current.name());
            CdnProviderKind kind = cdnKindAfter(command.changes(), stored);
            Map<String, String> newCdnCredentials = cdnCredentials(command.changes(), kind);
            Map<String, Boolean> cdnFlags = new TreeMap<>(cdnProviders.credentialsSet(secrets, current.name(), kind));
            newCdnCredentials.forEach((name, value) -> cdnFlags.put(name, !value.isEmpty()));
            AppConfig config = command.changes().applyTo(stored, secretSet,
                    setAfter(current.name(), STORAGE_ACCESS_KEY, newAccessKey), setAfter(current.name(), STORAGE_SECRET_KEY, newSecretKey),
                    setNames(cdnFlags));
            checkCdn(config);
            if (newSecret != null && newSecret.length() > 256) {
                throw new InvalidInputException("callbacks.secret", "callbacks.secret must be at most 256 characters");
            }
            checkCredential("storage.accessKey", newAccessKey);
            checkCredential("storage.secretKey", newSecretKey);
            ensurePrefixIsFree(renamed);
            apps.update(renamed);
            workspace.writeConfig(renamed, config);
            if (newSecret != null && newSecret.isEmpty()) {
                secrets.remove(current.name(), CALLBACK_SECRET);
            } else if (newSecret != null) {
                secrets.put(current.name(), CALLBACK_SECRET, newSecret);
            }
            store(current.name(), STORAGE_ACCESS_KEY, newAccessKey);
            store(current.name(), STORAGE_SECRET_KEY, newSecretKey);
            newCdnCredentials.forEach((name, value) -> store(current.name(), CdnProviders.secretKey(kind, name), value));
            return new AppView(renamed, config, cdnFlags);
        });
    }

    private static CdnProviderKind cdnKindAfter(AppConfigChanges changes, AppConfig stored) {
        String provider = changes.distribution() == null ? null : changes.distribution().provider();
        return provider == null ? stored.distribution().cdn().provider()
                : CdnProviderKind.parse("distribution.cdn.provider", provider);
    }

    /** The provider credentials of the change, each a name of the chosen provider. */
    private Map<String, String> cdnCredentials(AppConfigChanges changes, CdnProviderKind kind) {
        Map<String, String> given = changes.distribution() == null || changes.distribution().credentials() == null
                ? Map.of() : changes.distribution().credentials();
        if (given.isEmpty()) {
            return Map.of();
        }
        CdnProvider provider = cdnProviders.find(kind).orElseThrow(() -> new InvalidInputException("distribution.cdn.credentials",
                "distribution.cdn.credentials need a CDN provider with an installed adapter (distribution.cdn.provider is "
                        + kind.wireName() + ")"));
        for (Map.Entry<String, String> entry : given.entrySet()) {
            String field = "distribution.cdn.credentials." + entry.getKey();
            if (!provider.credentialNames().contains(entry.getKey())) {
                throw new InvalidInputException(field, kind.wireName() + " takes the credentials " + new TreeSet<>(provider.credentialNames()));
            }
            String value = entry.getValue();
            if (value == null || value.length() > 8192 || value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' || c == 0x7f)) {
                throw new InvalidInputException(field, field + " must be at most 8192 characters without control characters");
            }
        }
        return given;
    }

    /** A provider must have an adapter, and signed URLs need a provider that signs. */
    private void checkCdn(AppConfig config) {
        CdnProviderKind kind = config.distribution().cdn().provider();
        if (kind == CdnProviderKind.NONE) {
            return;
        }
        CdnProvider provider = cdnProviders.find(kind).orElseThrow(() -> new InvalidInputException("distribution.cdn.provider",
                "no adapter for CDN provider " + kind.wireName() + " is installed"));
        if (config.distribution().cdn().signedUrls() && !provider.signsUrls()) {
            throw new InvalidInputException("distribution.cdn.signedUrls", kind.wireName() + " cannot sign playback URLs");
        }
    }

    private boolean setAfter(AppName app, String key, String newValue) {
        return newValue == null ? secrets.get(app, key).isPresent() : !newValue.isEmpty();
    }

    private static void checkCredential(String field, String value) {
        if (value != null && (value.length() > 256 || value.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new InvalidInputException(field, field + " must be at most 256 printable characters without spaces");
        }
    }

    /** A null value keeps the stored one, an empty one clears it. */
    private void store(AppName app, String key, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            secrets.remove(app, key);
        } else {
            secrets.put(app, key, value);
        }
    }

    @Override
    public void delete(DeleteAppCommand command) {
        App app = get(command.app());
        tx.inTransaction(() -> {
            apps.delete(app.id());
            secrets.removeAll(app.name());
        });
        tokenCache.invalidateAll();
        if (command.purge()) {
            workspace.purge(app.name());
        }
    }
}
