package io.streamhub.application.service;

import io.streamhub.application.port.in.IpAccessUseCases.AddIpRuleCommand;
import io.streamhub.application.port.in.IpAccessUseCases.AddIpRuleUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.BansView;
import io.streamhub.application.port.in.IpAccessUseCases.CheckClientUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.DeleteIpRuleUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.ListBansUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.ListIpRulesUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.RecordOffenseUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.SecurityStatusUseCase;
import io.streamhub.application.port.in.IpAccessUseCases.SecurityStatusView;
import io.streamhub.application.port.in.IpAccessUseCases.UnbanUseCase;
import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.application.port.out.IpRuleRepository;
import io.streamhub.domain.error.ConflictException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.ipaccess.AutobanPolicy;
import io.streamhub.domain.ipaccess.IpAccessPolicy;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.IpVerdict;
import io.streamhub.domain.ipaccess.Offender;
import io.streamhub.domain.ipaccess.OffenseKind;
import io.streamhub.domain.ipaccess.RuleAction;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Network security. Rules and offenders are held in memory (the request check must not query the
 * store); rules are re-read after every change, bans are written through when imposed or lifted so
 * they survive a restart. Offenses that have not yet led to a ban are kept in memory only.
 */
public class IpAccessService implements CheckClientUseCase, RecordOffenseUseCase, ListIpRulesUseCase, AddIpRuleUseCase,
        DeleteIpRuleUseCase, ListBansUseCase, UnbanUseCase, SecurityStatusUseCase {
    static final int MAX_TRACKED = 10_000;
    private static final System.Logger LOG = System.getLogger(IpAccessService.class.getName());

    /** {@code enabled} false: no offense is counted and no stored ban is enforced. */
    public record Autoban(boolean enabled, AutobanPolicy policy) {
    }

    private final IpRuleRepository ruleStore;
    private final IpBanRepository banStore;
    private final IpAccessPolicy access;
    private final Autoban autoban;
    private final Clock clock;
    private volatile List<IpRule> rules;
    private volatile Map<String, Offender> offenders;

    public IpAccessService(IpRuleRepository ruleStore, IpBanRepository banStore, IpAccessPolicy access, Autoban autoban, Clock clock) {
        this.ruleStore = ruleStore;
        this.banStore = banStore;
        this.access = access;
        this.autoban = autoban;
        this.clock = clock;
    }

    @Override
    public IpVerdict check(Optional<InetAddress> client) {
        Optional<Instant> bannedUntil = autoban.enabled()
                ? client.map(ip -> offenders().get(ip.getHostAddress())).flatMap(Offender::bannedUntil)
                : Optional.empty();
        return access.decide(client, rules(), bannedUntil, clock.instant());
    }

    @Override
    public synchronized void offense(Optional<InetAddress> client, OffenseKind kind) {
        if (!autoban.enabled() || client.isEmpty() || access.isImmune(client, rules())) {
            return;
        }
        Instant now = clock.instant();
        String ip = client.get().getHostAddress();
        Map<String, Offender> known = offenders();
        Offender before = known.get(ip);
        Offender after = autoban.policy().offend(Optional.ofNullable(before), ip, kind, now);
        if (known.size() >= MAX_TRACKED) {
            known.values().removeIf(o -> autoban.policy().isForgotten(o, now) || o.bannedUntil().isEmpty());
        }
        known.put(ip, after);
        boolean newBan = after.isBannedAt(now) && (before == null || !before.bannedUntil().equals(after.bannedUntil()));
        if (newBan) {
            banStore.save(after);
            banStore.deleteEndedBefore(now.minus(AutobanPolicy.MEMORY));
            LOG.log(System.Logger.Level.WARNING, "banned {0} until {1} after {2} offenses ({3}), ban number {4}",
                    ip, after.bannedUntil().orElseThrow(), autoban.policy().maxOffenses(), kind.key(), after.escalationLevel());
        }
    }

    @Override
    public List<IpRule> rules() {
        List<IpRule> loaded = rules;
        if (loaded == null) {
            loaded = ruleStore.list();
            rules = loaded;
        }
        return loaded;
    }

    @Override
    public synchronized IpRule add(AddIpRuleCommand command) {
        String network = command.draft().cidr().toString();
        if (rules().stream().anyMatch(r -> r.cidr().toString().equals(network))) {
            throw new ConflictException("cidr", "a rule for " + network + " already exists");
        }
        IpRule rule = ruleStore.add(command.draft(), clock.instant(), command.createdBy());
        rules = ruleStore.list();
        LOG.log(System.Logger.Level.INFO, "IP rule {0} added: {1} {2} by {3}", rule.id(), rule.action().key(), network, rule.createdBy());
        return rule;
    }

    @Override
    public synchronized void delete(long id) {
        if (!ruleStore.delete(id)) {
            throw new NotFoundException("ip rule", Long.toString(id));
        }
        rules = ruleStore.list();
        LOG.log(System.Logger.Level.INFO, "IP rule {0} deleted", id);
    }

    @Override
    public BansView bans() {
        Instant now = clock.instant();
        Comparator<Offender> newestFirst = Comparator.comparing((Offender o) -> o.bannedUntil().orElseThrow()).reversed();
        List<Offender> banned = offenders().values().stream().filter(o -> o.bannedUntil().isPresent()).toList();
        return new BansView(
                banned.stream().filter(o -> o.isBannedAt(now)).sorted(newestFirst).toList(),
                banned.stream().filter(o -> !o.isBannedAt(now) && !autoban.policy().isForgotten(o, now)).sorted(newestFirst).toList());
    }

    @Override
    public synchronized void unban(InetAddress address) {
        String ip = address.getHostAddress();
        boolean known = offenders().remove(ip) != null;
        boolean stored = banStore.delete(ip);
        if (!known && !stored) {
            throw new NotFoundException("ban", ip);
        }
        LOG.log(System.Logger.Level.INFO, "{0} unbanned; its offenses and escalation are forgotten", ip);
    }

    @Override
    public SecurityStatusView status() {
        List<IpRule> all = rules();
        int allow = (int) all.stream().filter(r -> r.action() == RuleAction.ALLOW).count();
        Instant now = clock.instant();
        int active = (int) offenders().values().stream().filter(o -> o.isBannedAt(now)).count();
        return new SecurityStatusView(access.mode(), access.allowlistOnly(), autoban.enabled(), autoban.policy(),
                all.size(), allow, all.size() - allow, active, offenders().size());
    }

    private Map<String, Offender> offenders() {
        Map<String, Offender> loaded = offenders;
        if (loaded == null) {
            synchronized (this) {
                if (offenders == null) {
                    Map<String, Offender> fromStore = new ConcurrentHashMap<>();
                    banStore.list().forEach(o -> fromStore.put(o.ip(), o));
                    offenders = fromStore;
                }
                loaded = offenders;
            }
        }
        return loaded;
    }
}
