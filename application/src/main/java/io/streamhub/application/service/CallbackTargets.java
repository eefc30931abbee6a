package io.streamhub.application.service;

import io.streamhub.application.port.out.HostResolver;
import io.streamhub.domain.callback.CallbackUrl;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.net.IpAddresses;
import java.net.InetAddress;
import java.util.List;

/**
 * Which callback URLs the API accepts: none whose host is, or resolves to, an address that is not
 * public (loopback, private, link-local, …) unless the operator allows it. The sender checks again
 * before every attempt, since DNS answers change.
 */
public final class CallbackTargets {
    private final HostResolver resolver;
    private final boolean allowPrivate;

    public CallbackTargets(HostResolver resolver, boolean allowPrivate) {
        this.resolver = resolver;
        this.allowPrivate = allowPrivate;
    }

    /** @throws InvalidInputException naming {@code field} when the URL is malformed or reaches a non-public address */
    public void check(String field, String url) {
        String host = CallbackUrl.parse(field, url).host();
        if (allowPrivate) {
            return;
        }
        List<InetAddress> addresses = IpAddresses.parse(host).map(List::of).orElseGet(() -> resolver.resolve(host));
        CallbackUrl.firstNonPublic(addresses).ifPresent(address -> {
            throw new InvalidInputException(field, field + " reaches " + address.getHostAddress()
                    + ", a private, loopback or link-local address; the operator can allow those with STREAMHUB_CALLBACKS_ALLOW_PRIVATE=true");
        });
    }
}
