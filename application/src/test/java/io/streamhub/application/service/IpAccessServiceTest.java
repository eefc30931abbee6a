package io.streamhub.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.streamhub.application.fakes.Fakes.MutableClock;
import io.streamhub.application.fakes.InMemoryIpBanRepository;
import io.streamhub.application.fakes.InMemoryIpRuleRepository;
import io.streamhub.application.port.in.IpAccessUseCases.AddIpRuleCommand;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.ipaccess.AutobanPolicy;
import io.streamhub.domain.ipaccess.IpAccessMode;
import io.streamhub.domain.ipaccess.IpAccessPolicy;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.IpVerdict;
import io.streamhub.domain.ipaccess.OffenseKind;
import io.streamhub.domain.net.IpAddresses;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IpAccessServiceTest {
    private static final Optional<InetAddress> ATTACKER = IpAddresses.parse("198.51.100.7");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final InMemoryIpRuleRepository ruleStore = new InMemoryIpRuleRepository();
    private final InMemoryIpBanRepository banStore = new InMemoryIpBanRepository();
    private final AutobanPolicy policy = new AutobanPolicy(3, Duration.ofSeconds(60), Duration.ofSeconds(100));

    private IpAccessService service(boolean autoban) {
        return new IpAccessService(ruleStore, banStore, new IpAccessPolicy(IpAccessMode.ENFORCE, false, List.of()),
                new IpAccessService.Autoban(autoban, policy), clock);
    }

    private static void offend(IpAccessService service, int times) {
        for (int i = 0; i < times; i++) {
            service.offense(ATTACKER, OffenseKind.LOGIN_FAILED);
        }
    }

    @Test
    void aBanIsStoredAndEnforcedByANewInstanceAfterARestart() {
        offend(service(true), 3);

        IpAccessService restarted = service(true);

        assertInstanceOf(IpVerdict.Banned.class, restarted.check(ATTACKER));
        assertEquals(1, restarted.bans().active().size());
        clock.advance(Duration.ofSeconds(100));
        assertEquals(new IpVerdict.Pass(false), restarted.check(ATTACKER));
        assertEquals(1, restarted.bans().recent().size());
    }

    @Test
    void withAutobanOffNothingIsCountedNorEnforced() {
        offend(service(true), 3);
        IpAccessService off = service(false);

        offend(off, 10);

        assertEquals(new IpVerdict.Pass(false), off.check(ATTACKER));
        assertEquals(1, off.status().activeBans(), "the stored ban is kept, only not enforced");
    }

    @Test
    void anAllowRuleMakesAnAddressImmune() {
        IpAccessService service = service(true);
        service.add(new AddIpRuleCommand(IpRule.Draft.of("198.51.100.0/24", "allow", null), "root"));

        offend(service, 10);

        assertEquals(new IpVerdict.Pass(true), service.check(ATTACKER));
        assertEquals(0, service.status().trackedOffenders());
    }

    @Test
    void unbanLiftsTheBanAndForgetsTheEscalation() {
        IpAccessService service = service(true);
        offend(service, 3);

        service.unban(ATTACKER.orElseThrow());
        offend(service, 3);

        assertEquals(1, service.bans().active().get(0).escalationLevel());
        assertEquals(List.of(), service(true).bans().recent());
        assertThrows(NotFoundException.class, () -> service.unban(IpAddresses.parse("203.0.113.1").orElseThrow()));
    }

    @Test
    void rulesTakeEffectAtOnceAndOneNetworkHasOneRule() {
        IpAccessService service = service(true);
        IpRule rule = service.add(new AddIpRuleCommand(IpRule.Draft.of("198.51.100.7/32", "block", "abuse"), "root"));

        assertInstanceOf(IpVerdict.Blocked.class, service.check(ATTACKER));
        assertEquals("cidr", assertThrows(ConflictException.class,
                () -> service.add(new AddIpRuleCommand(IpRule.Draft.of("198.51.100.7", "allow", null), "root"))).field());

        service.delete(rule.id());
        assertEquals(new IpVerdict.Pass(false), service.check(ATTACKER));
        assertThrows(NotFoundException.class, () -> service.delete(rule.id()));
    }
}
