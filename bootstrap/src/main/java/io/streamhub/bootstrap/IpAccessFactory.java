package io.streamhub.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.streamhub.application.port.out.IpBanRepository;
import io.streamhub.application.port.out.IpRuleRepository;
import io.streamhub.application.service.IpAccessService;
import io.streamhub.domain.ipaccess.AutobanPolicy;
import io.streamhub.domain.ipaccess.IpAccessMode;
import io.streamhub.domain.ipaccess.IpAccessPolicy;
import io.streamhub.domain.net.Cidr;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Network security (docs/security.md): IP rules, the access mode and auto-ban, from
 * {@code STREAMHUB_SECURITY_MODE}, {@code STREAMHUB_IP_ALLOWLIST_ONLY} and {@code STREAMHUB_AUTOBAN_*}.
 * The trusted proxies can never be banned.
 */
@Factory
public class IpAccessFactory {

    @Singleton
    IpAccessService ipAccessService(IpRuleRepository rules, IpBanRepository bans, Clock clock,
                                    @Value("${streamhub.security.mode:enforce}") String mode,
                                    @Value("${streamhub.security.allowlist-only:false}") boolean allowlistOnly,
                                    @Value("${streamhub.trusted-proxies:}") String trustedProxies,
                                    @Value("${streamhub.security.autoban.enabled:false}") boolean autoban,
                                    @Value("${streamhub.security.autoban.max-offenses:10}") int maxOffenses,
                                    @Value("${streamhub.security.autoban.window-s:300}") long windowSeconds,
                                    @Value("${streamhub.security.autoban.base-ttl-s:900}") long baseTtlSeconds) {
        List<Cidr> proxies = Arrays.stream(trustedProxies.split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> Cidr.parse("STREAMHUB_TRUSTED_PROXIES", s))
                .toList();
        IpAccessPolicy access = new IpAccessPolicy(IpAccessMode.parse("STREAMHUB_SECURITY_MODE", mode), allowlistOnly, proxies);
        AutobanPolicy policy = new AutobanPolicy(maxOffenses, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(baseTtlSeconds));
        return new IpAccessService(rules, bans, access, new IpAccessService.Autoban(autoban, policy), clock);
    }
}
