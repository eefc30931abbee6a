package io.streamhub.domain.net;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the address of the real client. {@code X-Forwarded-For} is believed only when the peer
 * is a trusted proxy, and then only up to the right-most hop that is not itself trusted: hops a
 * client wrote on the left are never read, so a forged header can neither spoof an address nor
 * pass for loopback.
 */
public final class ClientIpResolver {
    private final List<Cidr> trustedProxies;

    public ClientIpResolver(List<Cidr> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * @param peer the address of the TCP peer
     * @param forwardedFor every {@code X-Forwarded-For} header value, in order of arrival
     * @return the client address, or empty when the right-most untrusted hop is not an IP address
     */
    public Optional<InetAddress> resolve(InetAddress peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return Optional.of(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        InetAddress nearest = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (!isTrusted(hop.get())) {
                return hop;
            }
            nearest = hop.get();
        }
        return Optional.of(nearest);
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trustedProxies) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }
}
