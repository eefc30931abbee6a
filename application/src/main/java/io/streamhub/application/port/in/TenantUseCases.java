package io.streamhub.application.port.in;

import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.quota.UsageReport;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Driving ports for tenants, their members and quotas. */
public final class TenantUseCases {
    private TenantUseCases() {
    }

    public record CreateTenantCommand(String name, Optional<String> plan) {
    }

    /** Attach a user (created when unknown, then {@code password} is required) with a role. */
    public record AddMemberCommand(TenantId tenant, Email email, Optional<String> name, Optional<String> password, Role role) {
    }

    public record MemberView(UserId userId, Email email, String name, Role role) {
    }

    public record TenantView(Tenant tenant, TenantQuotas quotas) {
    }

    public interface CreateTenantUseCase {
        TenantView create(CreateTenantCommand command);
    }

    public interface ListTenantsUseCase {
        List<TenantView> list();
    }

    public interface AddTenantMemberUseCase {
        MemberView addMember(AddMemberCommand command);
    }

    public interface SetTenantQuotasUseCase {
        TenantQuotas setQuotas(TenantId tenant, Map<QuotaMetric, QuotaLimit> changes);
    }

    public interface GetTenantUsageUseCase {
        UsageReport usage(TenantId tenant);
    }
}
