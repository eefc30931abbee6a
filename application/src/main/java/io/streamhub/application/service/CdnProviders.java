package io.streamhub.application.service;

import io.streamhub.application.port.out.CdnProvider;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.distribution.CdnProviderKind;
import io.streamhub.domain.distribution.DistributionConfig;
import java.net.URI;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The installed CDN provider adapters, one per {@link CdnProviderKind}, and where their credentials
 * live in the secret store ({@code distribution.cdn.<provider>.<name>}, so switching provider keeps
 * each provider's credentials).
 */
public final class CdnProviders {
    private final Map<CdnProviderKind, CdnProvider> byKind = new EnumMap<>(CdnProviderKind.class);

    public CdnProviders(Collection<? extends CdnProvider> providers) {
        for (CdnProvider provider : providers) {
            if (byKind.put(provider.kind(), provider) != null) {
                throw new IllegalStateException("two CDN provider adapters for " + provider.kind().wireName());
            }
        }
    }

    public static CdnProviders none() {
        return new CdnProviders(java.util.List.of());
    }

    public Optional<CdnProvider> find(CdnProviderKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public static String secretKey(CdnProviderKind kind, String name) {
        return "distribution.cdn." + kind.wireName() + "." + name;
    }

    /** Each credential name of the provider and whether it is set (empty without an adapter). */
    public Map<String, Boolean> credentialsSet(SecretStore secrets, AppName app, CdnProviderKind kind) {
        Map<String, Boolean> set = new TreeMap<>();
        find(kind).ifPresent(provider -> provider.credentialNames()
                .forEach(name -> set.put(name, secrets.get(app, secretKey(kind, name)).isPresent())));
        return set;
    }

    /** The provider's settings for one app, credentials read from the secret store. */
    public CdnProvider.CdnSettings settings(SecretStore secrets, AppName app, DistributionConfig.Cdn cdn) {
        Map<String, String> credentials = new TreeMap<>();
        find(cdn.provider()).ifPresent(provider -> provider.credentialNames().forEach(name ->
                secrets.get(app, secretKey(cdn.provider(), name)).ifPresent(value -> credentials.put(name, value))));
        return new CdnProvider.CdnSettings(cdn.provider(), uri(cdn.baseUrl()), uri(cdn.vodBaseUrl().isEmpty() ? cdn.baseUrl()
                : cdn.vodBaseUrl()), cdn.signedUrls(), credentials);
    }

    private static URI uri(String url) {
        return url.isEmpty() ? null : URI.create(url);
    }
}
