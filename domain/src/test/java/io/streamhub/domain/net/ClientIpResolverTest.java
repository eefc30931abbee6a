package io.streamhub.domain.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientIpResolverTest {
    private static InetAddress ip(String s) {
        return IpAddresses.parse(s).orElseThrow();
    }

    private final ClientIpResolver resolver = new ClientIpResolver(List.of(Cidr.parse("p", "10.0.0.0/8")));

    @Test
    void untrustedPeersAreTheClientWhateverTheHeaderSays() {
        assertEquals(Optional.of(ip("203.0.113.9")), resolver.resolve(ip("203.0.113.9"), List.of("127.0.0.1")));
    }

    @Test
    void aTrustedProxyIsBelievedForTheRightMostHop() {
        assertEquals(Optional.of(ip("198.51.100.7")), resolver.resolve(ip("10.0.0.2"), List.of("198.51.100.7")));
    }

    @Test
    void forgedLeftHopsAreIgnored() {
        // the client sent "X-Forwarded-For: 127.0.0.1" and the proxy appended the real address
        assertEquals(Optional.of(ip("198.51.100.7")), resolver.resolve(ip("10.0.0.2"), List.of("127.0.0.1, 198.51.100.7")));
    }

    @Test
    void chainsOfTrustedProxiesAreWalked() {
        assertEquals(Optional.of(ip("198.51.100.7")),
                resolver.resolve(ip("10.0.0.2"), List.of("6.6.6.6, 198.51.100.7", "10.1.1.1")));
    }

    @Test
    void garbageInTheDecidingHopGivesNoAddress() {
        assertEquals(Optional.empty(), resolver.resolve(ip("10.0.0.2"), List.of("not-an-ip")));
    }

    @Test
    void withoutTheHeaderTheProxyItselfIsTheClient() {
        assertEquals(Optional.of(ip("10.0.0.2")), resolver.resolve(ip("10.0.0.2"), List.of()));
    }

    @Test
    void cidrsMatchV4AndV6AndMappedAddresses() {
        assertTrue(Cidr.parse("c", "192.168.1.0/24").contains(ip("192.168.1.200")));
        assertFalse(Cidr.parse("c", "192.168.1.0/25").contains(ip("192.168.1.200")));
        assertTrue(Cidr.parse("c", "2001:db8::/32").contains(ip("2001:db8:1::5")));
        assertTrue(Cidr.parse("c", "127.0.0.1").contains(ip("::ffff:127.0.0.1")));
        assertFalse(Cidr.parse("c", "::1").contains(ip("127.0.0.1")));
    }

    @Test
    void hostNamesAreNeverResolved() {
        assertEquals(Optional.empty(), IpAddresses.parse("localhost"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Cidr.parse("allowedIps", "example.com"));
        assertEquals("allowedIps", e.field());
        assertThrows(InvalidInputException.class, () -> Cidr.parse("allowedIps", "10.0.0.0/33"));
        assertThrows(InvalidInputException.class, () -> Cidr.parse("allowedIps", "256.1.1.1"));
    }
}
