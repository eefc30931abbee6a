package io.streamhub.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.net.IpAddresses;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenTest {
    private final TokenHash hash = TokenHash.of("sk_x");

    @Test
    void hashIsSha256Hex() {
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", TokenHash.of("test").hex());
    }

    @Test
    void appScopeNeedsAnApp() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ApiToken(0, "ci", TokenScope.APP,
                Optional.empty(), Optional.empty(), TenantId.PLATFORM, hash, IpAllowlist.ANY, Optional.empty(), Instant.EPOCH, false));
        assertEquals("appId", e.field());
    }

    @Test
    void globalScopeRefusesAnApp() {
        assertThrows(InvalidInputException.class, () -> new ApiToken(0, "ci", TokenScope.GLOBAL,
                Optional.of(1L), Optional.of(new AppName("live")), TenantId.PLATFORM, hash, IpAllowlist.ANY, Optional.empty(), Instant.EPOCH, false));
    }

    @Test
    void emptyAllowlistAdmitsAllEvenUnknown() {
        assertTrue(IpAllowlist.ANY.admits(Optional.empty()));
    }

    @Test
    void allowlistMatchesIpsAndCidrsOnly() {
        IpAllowlist list = IpAllowlist.parse(List.of("198.51.100.7", "10.0.0.0/8", "2001:db8::/32"));
        assertTrue(list.admits(IpAddresses.parse("198.51.100.7")));
        assertTrue(list.admits(IpAddresses.parse("10.200.0.1")));
        assertTrue(list.admits(IpAddresses.parse("2001:db8::1")));
        assertFalse(list.admits(IpAddresses.parse("198.51.100.8")));
        assertFalse(list.admits(Optional.empty()));
        assertEquals(List.of("198.51.100.7/32", "10.0.0.0/8", "2001:db8:0:0:0:0:0:0/32"), list.asStrings());
    }

    @Test
    void scopeParsingNamesTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TokenScope.parse("tenant"));
        assertEquals("scope", e.field());
    }
}
