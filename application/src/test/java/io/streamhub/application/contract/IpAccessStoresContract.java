package io.streamhub.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.application.port.out.IpRuleRepository;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.Offender;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IpRuleRepository} and {@link IpBanRepository} must do. Subclasses supply empty stores. */
public abstract class IpAccessStoresContract {
    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

    private IpRuleRepository rules;
    private IpBanRepository bans;

    protected abstract IpRuleRepository emptyRuleRepository();

    protected abstract IpBanRepository emptyBanRepository();

    @BeforeEach
    void startEmpty() {
        rules = emptyRuleRepository();
        bans = emptyBanRepository();
    }

    @Test
    void rulesComeBackNewestFirstWithEverythingTheyWereGiven() {
        IpRule first = rules.add(IpRule.Draft.of("10.0.0.0/8", "allow", "office"), T0, "root");
        IpRule second = rules.add(IpRule.Draft.of("2001:db8::/32", "block", null), T0.plusSeconds(1), "token:3");

        assertEquals(List.of(second, first), rules.list());
        assertEquals("10.0.0.0/8", first.cidr().toString());
        assertEquals("office", rules.list().get(1).note());
        assertEquals("token:3", rules.list().get(0).createdBy());
        assertTrue(second.id() > first.id());
    }

    @Test
    void deletingARuleReportsWhetherItExisted() {
        IpRule rule = rules.add(IpRule.Draft.of("203.0.113.7", "block", ""), T0, "root");

        assertTrue(rules.delete(rule.id()));
        assertFalse(rules.delete(rule.id()));
        assertEquals(List.of(), rules.list());
    }

    @Test
    void aSavedBanReadsBackAndASecondSaveReplacesIt() {
        bans.save(Offender.restore("198.51.100.7", "login_failed", T0, 10, T0.plusSeconds(900), 1));
        bans.save(Offender.restore("198.51.100.7", "invalid_token", T0, 20, T0.plusSeconds(4000), 2));

        List<Offender> stored = bans.list();
        assertEquals(1, stored.size());
        Offender ban = stored.get(0);
        assertEquals("198.51.100.7", ban.ip());
        assertEquals("invalid_token", ban.reason());
        assertEquals(T0, ban.firstSeen());
        assertEquals(20, ban.offenseCount());
        assertEquals(Optional.of(T0.plusSeconds(4000)), ban.bannedUntil());
        assertEquals(2, ban.escalationLevel());
    }

    @Test
    void bansAreDeletedByAddressOrOnceEndedLongEnough() {
        bans.save(Offender.restore("198.51.100.7", "login_failed", T0, 10, T0.plusSeconds(900), 1));
        bans.save(Offender.restore("2001:db8:0:0:0:0:0:1", "login_failed", T0, 10, T0.plusSeconds(100), 1));

        bans.deleteEndedBefore(T0.plusSeconds(500));
        assertEquals(List.of("198.51.100.7"), bans.list().stream().map(Offender::ip).toList());

        assertTrue(bans.delete("198.51.100.7"));
        assertFalse(bans.delete("198.51.100.7"));
    }
}
