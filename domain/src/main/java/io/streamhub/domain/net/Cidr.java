package io.streamhub.domain.net;

import io.streamhub.domain.error.InvalidInputException;
import java.net.InetAddress;

/** An IPv4 or IPv6 network ({@code 10.0.0.0/8}, {@code ::1/128}); a bare address is a host network. */
public record Cidr(InetAddress network, int prefixLength) {

    public Cidr {
        int max = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > max) {
            throw new InvalidInputException("cidr", "prefix length must be 0 to " + max);
        }
    }

    public static Cidr parse(String field, String text) {
        String s = text == null ? "" : text.trim();
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        InetAddress address = IpAddresses.parse(host)
                .orElseThrow(() -> new InvalidInputException(field, field + " entry '" + text + "' is not an IP address or CIDR"));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(s.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, field + " entry '" + text + "' has a bad prefix length");
            }
            if (prefix < 0 || prefix > bits) {
                throw new InvalidInputException(field, field + " entry '" + text + "' has a bad prefix length");
            }
        }
        return new Cidr(address, prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] net = network.getAddress();
        byte[] candidate = address.getAddress();
        if (net.length != candidate.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (net[i] != candidate[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (net[full] & mask) == (candidate[full] & mask);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
