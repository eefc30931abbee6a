package io.streamhub.domain.ipaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.net.Cidr;
import io.streamhub.domain.net.IpAddresses;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IpAccessPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Optional<Instant> NOT_BANNED = Optional.empty();

    private static Optional<InetAddress> ip(String s) {
        return IpAddresses.parse(s);
    }

    private static IpRule rule(long id, String cidr, RuleAction action) {
        return new IpRule(id, Cidr.parse("cidr", cidr), action, "", NOW, "root");
    }

    private static final List<IpRule> RULES = List.of(
            rule(1, "203.0.113.0/24", RuleAction.BLOCK),
            rule(2, "203.0.113.7", RuleAction.ALLOW),
            rule(3, "2001:db8::/32", RuleAction.BLOCK));

    @Nested
    class InEnforceMode {
        private final IpAccessPolicy policy = new IpAccessPolicy(IpAccessMode.ENFORCE, false, List.of());

        @Test
        void anAddressInABlockedNetworkIsRefused() {
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(ip("203.0.113.9"), RULES, NOT_BANNED, NOW));
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(ip("2001:db8::1"), RULES, NOT_BANNED, NOW));
        }

        @Test
        void anAllowRuleWinsOverABlockRuleOfAWiderNetwork() {
            assertEquals(new IpVerdict.Pass(true), policy.decide(ip("203.0.113.7"), RULES, NOT_BANNED, NOW));
        }

        @Test
        void addressesNoRuleNamesPass() {
            assertEquals(new IpVerdict.Pass(false), policy.decide(ip("198.51.100.1"), RULES, NOT_BANNED, NOW));
        }

        @Test
        void loopbackAndPrivateAddressesGetNoFreePass() {
            List<IpRule> rules = List.of(rule(1, "127.0.0.0/8", RuleAction.BLOCK), rule(2, "10.0.0.0/8", RuleAction.BLOCK));
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(ip("127.0.0.1"), rules, NOT_BANNED, NOW));
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(ip("10.1.2.3"), rules, NOT_BANNED, NOW));
        }

        @Test
        void anUnknownClientAddressMatchesNoRule() {
            assertEquals(new IpVerdict.Pass(false), policy.decide(Optional.empty(), RULES, NOT_BANNED, NOW));
        }
    }

    @Test
    void logModeLetsABlockedAddressThroughButSaysItWouldHaveBeenRefused() {
        IpAccessPolicy policy = new IpAccessPolicy(IpAccessMode.LOG, false, List.of());
        assertInstanceOf(IpVerdict.WouldBlock.class, policy.decide(ip("203.0.113.9"), RULES, NOT_BANNED, NOW));
    }

    @Test
    void offModeIgnoresRules() {
        IpAccessPolicy policy = new IpAccessPolicy(IpAccessMode.OFF, true, List.of());
        assertEquals(new IpVerdict.Pass(false), policy.decide(ip("203.0.113.9"), RULES, NOT_BANNED, NOW));
    }

    @Nested
    class AllowlistOnly {
        private final IpAccessPolicy policy = new IpAccessPolicy(IpAccessMode.ENFORCE, true, List.of());

        @Test
        void onlyAllowedAddressesPass() {
            assertEquals(new IpVerdict.Pass(true), policy.decide(ip("203.0.113.7"), RULES, NOT_BANNED, NOW));
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(ip("198.51.100.1"), RULES, NOT_BANNED, NOW));
            assertInstanceOf(IpVerdict.Blocked.class, policy.decide(Optional.empty(), RULES, NOT_BANNED, NOW));
        }
    }

    @Nested
    class Bans {
        private final IpAccessPolicy policy = new IpAccessPolicy(IpAccessMode.OFF, false, List.of());
        private final Optional<Instant> until = Optional.of(NOW.plusSeconds(60));

        @Test
        void aBannedAddressIsRefusedUntilTheBanEndsInEveryMode() {
            assertEquals(new IpVerdict.Banned(NOW.plusSeconds(60)), policy.decide(ip("198.51.100.1"), RULES, until, NOW));
            assertEquals(new IpVerdict.Pass(false), policy.decide(ip("198.51.100.1"), RULES, until, NOW.plusSeconds(60)));
        }

        @Test
        void anAllowedAddressIsImmuneToItsBan() {
            assertEquals(new IpVerdict.Pass(true), policy.decide(ip("203.0.113.7"), RULES, until, NOW));
        }

        @Test
        void immunityComesFromAnAllowRuleOrANeverBannedNetwork() {
            IpAccessPolicy withProxies = new IpAccessPolicy(IpAccessMode.ENFORCE, false, List.of(Cidr.parse("p", "10.0.0.0/8")));
            assertTrue(withProxies.isImmune(ip("203.0.113.7"), RULES));
            assertTrue(withProxies.isImmune(ip("10.9.9.9"), RULES));
            assertFalse(withProxies.isImmune(ip("203.0.113.9"), RULES));
            assertFalse(withProxies.isImmune(Optional.empty(), RULES));
        }
    }

    @Test
    void modesAndActionsParseTheirKeysOnly() {
        assertEquals(IpAccessMode.LOG, IpAccessMode.parse("STREAMHUB_SECURITY_MODE", "log"));
        assertEquals(RuleAction.BLOCK, RuleAction.parse("block"));
        assertEquals("action", assertThrows(InvalidInputException.class, () -> RuleAction.parse("deny")).field());
        assertThrows(InvalidInputException.class, () -> IpAccessMode.parse("STREAMHUB_SECURITY_MODE", "on"));
    }

    @Test
    void aRuleNoteIsAtMost300Characters() {
        assertEquals("note", assertThrows(InvalidInputException.class,
                () -> IpRule.Draft.of("10.0.0.0/8", "block", "x".repeat(301))).field());
        assertEquals("cidr", assertThrows(InvalidInputException.class,
                () -> IpRule.Draft.of("10.0.0.0/33", "block", null)).field());
        assertEquals("cidr", assertThrows(InvalidInputException.class,
                () -> IpRule.Draft.of("1".repeat(65), "block", null)).field());
        assertEquals("10.0.0.0/8", IpRule.Draft.of(" 10.0.0.0/8 ", "allow", null).cidr().toString());
        assertEquals("", IpRule.Draft.of("10.0.0.0/8", "allow", null).note());
        assertEquals("10.0.0.0/8", IpRule.Draft.of("10.1.2.3/8", "allow", null).cidr().toString());
        assertEquals("203.0.113.48/30", IpRule.Draft.of("203.0.113.50/30", "allow", null).cidr().toString());
        assertEquals("2001:db8:0:0:0:0:0:0/32", IpRule.Draft.of("2001:db8::1/32", "allow", null).cidr().toString());
    }
}
