package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.in.IssueApiTokenCommand;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.net.IpAddresses;
import io.streamhub.domain.token.IpAllowlist;
import io.streamhub.domain.token.TokenHash;
import io.streamhub.domain.token.TokenScope;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiTokenServiceTest {
    private final ServiceFixture f = new ServiceFixture(EnforcementMode.ON);

    @Test
    void issuedTokensAreStoredOnlyAsHashes() {
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.GLOBAL, Optional.empty(), IpAllowlist.ANY));
        assertTrue(issued.plaintext().startsWith("sk_"));
        assertEquals(TokenHash.of(issued.plaintext()), f.tokens.findById(issued.token().id()).orElseThrow().hash());
    }

    @Test
    void appTokensNeedAnExistingApp() {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> f.tokenService.issue(
                new IssueApiTokenCommand("ci", TokenScope.APP, Optional.empty(), IpAllowlist.ANY)));
        assertEquals("appId", missing.field());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> f.tokenService.issue(
                new IssueApiTokenCommand("ci", TokenScope.APP, Optional.of(42L), IpAllowlist.ANY)));
        assertEquals("appId", unknown.field());
    }

    @Test
    void anAppTokenActsForItsAppsTenant() {
        App app = f.createApp(f.admin, "live");
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.APP, Optional.of(app.id()), IpAllowlist.ANY));
        Principal.Service principal = (Principal.Service) f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        assertEquals(Optional.of(app.name()), principal.app());
        assertEquals(app.tenantId(), principal.tenantId());
    }

    @Test
    void revocationTakesEffectOnTheNextRequestDespiteTheCache() {
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.GLOBAL, Optional.empty(), IpAllowlist.ANY));
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        assertEquals(1, f.tokens.lookups, "the second request is served from the cache");
        f.tokenService.revoke(issued.token().id());
        assertThrows(UnauthenticatedException.class, () -> f.tokenService.authenticate(issued.plaintext(), Optional.empty()));
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() {
        assertThrows(NotFoundException.class, () -> f.tokenService.revoke(77));
    }

    @Test
    void allowlistsAreCheckedOnEveryRequest() {
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.GLOBAL, Optional.empty(),
                IpAllowlist.parse(List.of("198.51.100.0/24"))));
        assertInstanceOf(Principal.Service.class, f.tokenService.authenticate(issued.plaintext(), IpAddresses.parse("198.51.100.20")));
        UnauthenticatedException e = assertThrows(UnauthenticatedException.class,
                () -> f.tokenService.authenticate(issued.plaintext(), IpAddresses.parse("203.0.113.1")));
        assertTrue(e.getMessage().contains("IP not allowed"));
        assertThrows(UnauthenticatedException.class, () -> f.tokenService.authenticate(issued.plaintext(), Optional.empty()));
    }

    @Test
    void garbageIsRefusedWithoutAStoreLookup() {
        assertThrows(UnauthenticatedException.class, () -> f.tokenService.authenticate("eyJhbGciOi", Optional.empty()));
        assertThrows(UnauthenticatedException.class, () -> f.tokenService.authenticate("sk_" + "x".repeat(300), Optional.empty()));
        assertEquals(0, f.tokens.lookups);
    }

    @Test
    void lastUsedIsRecordedAtMostOncePerMinute() {
        var issued = f.tokenService.issue(new IssueApiTokenCommand("ci", TokenScope.GLOBAL, Optional.empty(), IpAllowlist.ANY));
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        var first = f.tokens.findById(issued.token().id()).orElseThrow().lastUsedAt();
        f.clock.advance(Duration.ofSeconds(30));
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        assertEquals(first, f.tokens.findById(issued.token().id()).orElseThrow().lastUsedAt());
        f.clock.advance(Duration.ofSeconds(31));
        f.tokenService.authenticate(issued.plaintext(), Optional.empty());
        assertFalse(first.equals(f.tokens.findById(issued.token().id()).orElseThrow().lastUsedAt()));
    }
}
