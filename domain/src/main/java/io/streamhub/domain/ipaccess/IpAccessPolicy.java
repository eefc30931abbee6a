package io.streamhub.domain.ipaccess;

import io.streamhub.domain.net.Cidr;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides a request from its client address, in this order: an allow rule lets it through (and makes
 * it immune to bans); an active ban refuses it; in mode {@code off} it passes; a block rule, or the
 * absence of an allow rule when {@code allowlistOnly}, refuses it in {@code enforce} and is only
 * reported in {@code log}. There is no free pass for loopback or private addresses: a LAN that must
 * always pass gets an allow rule. {@code neverBanned} networks (the trusted proxies) cannot be banned,
 * so a proxy that forwards without X-Forwarded-For never locks everyone out.
 */
public record IpAccessPolicy(IpAccessMode mode, boolean allowlistOnly, List<Cidr> neverBanned) {

    public IpAccessPolicy {
        neverBanned = List.copyOf(neverBanned);
    }

    /**
     * @param client the resolved client address, empty when it could not be determined
     * @param bannedUntil the end of the address's ban, if it has one
     */
    public IpVerdict decide(Optional<InetAddress> client, List<IpRule> rules, Optional<Instant> bannedUntil, Instant now) {
        if (allowed(client, rules)) {
            return new IpVerdict.Pass(true);
        }
        if (bannedUntil.isPresent() && now.isBefore(bannedUntil.get())) {
            return new IpVerdict.Banned(bannedUntil.get());
        }
        if (mode == IpAccessMode.OFF) {
            return new IpVerdict.Pass(false);
        }
        Optional<String> refusal = refusal(client, rules);
        if (refusal.isEmpty()) {
            return new IpVerdict.Pass(false);
        }
        return mode == IpAccessMode.ENFORCE ? new IpVerdict.Blocked(refusal.get()) : new IpVerdict.WouldBlock(refusal.get());
    }

    /** Offenses of an immune address are not counted and it is never banned. */
    public boolean isImmune(Optional<InetAddress> client, List<IpRule> rules) {
        return allowed(client, rules) || client.map(ip -> neverBanned.stream().anyMatch(n -> n.contains(ip))).orElse(false);
    }

    private static boolean allowed(Optional<InetAddress> client, List<IpRule> rules) {
        return client.map(ip -> rules.stream().anyMatch(r -> r.action() == RuleAction.ALLOW && r.matches(ip))).orElse(false);
    }

    private Optional<String> refusal(Optional<InetAddress> client, List<IpRule> rules) {
        if (client.isPresent()) {
            for (IpRule rule : rules) {
                if (rule.action() == RuleAction.BLOCK && rule.matches(client.get())) {
                    return Optional.of("block rule " + rule.id() + " (" + rule.cidr() + ")");
                }
            }
        }
        return allowlistOnly ? Optional.of("no allow rule (allowlist only)") : Optional.empty();
    }
}
