package io.streamhub.domain.callback;

import io.streamhub.domain.error.InvalidInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a callback goes: an absolute http(s) URL with a host and no credentials, at most 2048
 * characters. Whether its addresses may be called is a separate question ({@link #isPublic}):
 * private, loopback, link-local and other special-purpose addresses are refused unless the
 * operator allows them, so a tenant cannot make the core call into its own network.
 */
public record CallbackUrl(URI uri) {
    public static final int MAX_LENGTH = 2048;

    public static CallbackUrl parse(String field, String text) {
        String problem = field + " must be an absolute http(s) URL with a host, without credentials, of at most "
                + MAX_LENGTH + " characters";
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, problem);
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
                throw new InvalidInputException(field, problem);
            }
            return new CallbackUrl(uri);
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, problem);
        }
    }

    /** The host without IPv6 brackets. */
    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** False for loopback, private (RFC 1918, ULA), carrier-grade NAT, link-local, unspecified, multicast and broadcast. */
    public static boolean isPublic(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            boolean carrierNat = first == 100 && second >= 64 && second < 128;
            boolean reserved = first == 0 || first >= 240; // "this network", class E and broadcast
            return !(carrierNat || reserved);
        }
        boolean uniqueLocal = (b[0] & 0xfe) == 0xfc; // fc00::/7
        return !uniqueLocal;
    }

    /** The first of {@code addresses} (a host's) that is not public, if any. */
    public static Optional<InetAddress> firstNonPublic(List<InetAddress> addresses) {
        return addresses.stream().filter(a -> !isPublic(a)).findFirst();
    }

    /** {@code ::ffff:a.b.c.d} is judged as {@code a.b.c.d}. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (java.net.UnknownHostException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return address;
    }
}
