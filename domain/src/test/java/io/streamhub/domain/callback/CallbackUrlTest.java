package io.streamhub.domain.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.net.IpAddresses;
import org.junit.jupiter.api.Test;

class CallbackUrlTest {

    @Test
    void httpAndHttpsUrlsWithAHostAreAccepted() {
        assertEquals("hooks.example.com", CallbackUrl.parse("url", "https://hooks.example.com/streamhub?x=1").host());
        assertEquals(8080, CallbackUrl.parse("url", "http://10.0.0.5:8080/in").uri().getPort());
        assertEquals("::1", CallbackUrl.parse("url", "http://[::1]:9/in").host());
    }

    @Test
    void otherSchemesMissingHostsCredentialsAndHugeUrlsAreRefusedNamingTheField() {
        for (String bad : new String[] {"ftp://x.test/", "file:///etc/passwd", "https://", "not a url", "//x.test/a",
                "https://user:pw@x.test/", "https://x.test/" + "a".repeat(2048), ""}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> CallbackUrl.parse("url", bad), bad);
            assertEquals("url", e.field());
        }
    }

    @Test
    void privateLoopbackLinkLocalAndSpecialAddressesAreNotPublic() {
        for (String ip : new String[] {"127.0.0.1", "127.9.9.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
                "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
                "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "ff02::1"}) {
            assertFalse(CallbackUrl.isPublic(IpAddresses.parse(ip).orElseThrow()), ip);
        }
    }

    @Test
    void publicAddressesArePublic() {
        for (String ip : new String[] {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111"}) {
            assertTrue(CallbackUrl.isPublic(IpAddresses.parse(ip).orElseThrow()), ip);
        }
    }
}
