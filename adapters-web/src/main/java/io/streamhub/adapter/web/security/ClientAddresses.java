package io.streamhub.adapter.web.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.streamhub.domain.net.Cidr;
import io.streamhub.domain.net.ClientIpResolver;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Resolves a request's client address, believing X-Forwarded-For only from {@code STREAMHUB_TRUSTED_PROXIES}. */
@Singleton
public class ClientAddresses {
    private static final String ATTRIBUTE = "streamhub.client-ip";
    private final ClientIpResolver resolver;

    public ClientAddresses(@Value("${streamhub.trusted-proxies:}") String trustedProxies) {
        List<Cidr> cidrs = Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Cidr.parse("STREAMHUB_TRUSTED_PROXIES", s))
                .toList();
        this.resolver = new ClientIpResolver(cidrs);
    }

    @SuppressWarnings("unchecked")
    public Optional<InetAddress> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Optional.class).orElseGet(() -> {
            Optional<InetAddress> resolved = resolver.resolve(request.getRemoteAddress().getAddress(),
                    request.getHeaders().getAll("X-Forwarded-For"));
            request.setAttribute(ATTRIBUTE, resolved);
            return resolved;
        });
    }

    /** For logs and rate-limit keys. */
    public String describe(HttpRequest<?> request) {
        return of(request).map(InetAddress::getHostAddress).orElse("unknown");
    }
}
