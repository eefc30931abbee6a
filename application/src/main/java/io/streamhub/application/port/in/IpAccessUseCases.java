package io.streamhub.application.port.in;

import io.streamhub.domain.ipaccess.AutobanPolicy;
import io.streamhub.domain.ipaccess.IpAccessMode;
import io.streamhub.domain.ipaccess.IpRule;
import io.streamhub.domain.ipaccess.IpVerdict;
import io.streamhub.domain.ipaccess.Offender;
import io.streamhub.domain.ipaccess.OffenseKind;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** Driving ports for network security: IP rules, auto-ban and the per-request check. */
public final class IpAccessUseCases {
    private IpAccessUseCases() {
    }

    /** Asked on every request, before authentication. In memory: never touches the store once loaded. */
    public interface CheckClientUseCase {
        IpVerdict check(Optional<InetAddress> client);
    }

    public interface RecordOffenseUseCase {
        /** Counts the offense (unless auto-ban is off or the address is immune); may ban the address. */
        void offense(Optional<InetAddress> client, OffenseKind kind);
    }

    public record AddIpRuleCommand(IpRule.Draft draft, String createdBy) {
    }

    public interface ListIpRulesUseCase {
        /** Newest first. */
        List<IpRule> rules();
    }

    public interface AddIpRuleUseCase {
        /** Effective at once. @throws io.streamhub.domain.error.ConflictException when the network already has a rule */
        IpRule add(AddIpRuleCommand command);
    }

    public interface DeleteIpRuleUseCase {
        /** @throws io.streamhub.domain.error.NotFoundException for an unknown id */
        void delete(long id);
    }

    /** Bans in force, and bans that ended but are still remembered (they escalate the next one). */
    public record BansView(List<Offender> active, List<Offender> recent) {
    }

    public interface ListBansUseCase {
        BansView bans();
    }

    public interface UnbanUseCase {
        /** Lifts the ban and forgets the offenses and escalation. @throws io.streamhub.domain.error.NotFoundException no record */
        void unban(InetAddress ip);
    }

    public record SecurityStatusView(IpAccessMode mode, boolean allowlistOnly, boolean autobanEnabled, AutobanPolicy autoban,
                                     int rules, int allowRules, int blockRules, int activeBans, int trackedOffenders) {
    }

    public interface SecurityStatusUseCase {
        SecurityStatusView status();
    }
}
