package io.streamhub.application.service;

import io.streamhub.application.port.in.TenantUseCases;
import io.streamhub.application.port.out.IdGenerator;
import io.streamhub.application.port.out.PasswordHasher;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.quota.UsageReport;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Tenants, their members and quotas; the platform tenant is created at first boot. */
public final class TenantService implements TenantUseCases.CreateTenantUseCase, TenantUseCases.ListTenantsUseCase,
        TenantUseCases.AddTenantMemberUseCase, TenantUseCases.SetTenantQuotasUseCase, TenantUseCases.GetTenantUsageUseCase {

    private final TenantRepository tenants;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final QuotaGuard quotas;
    private final IdGenerator ids;
    private final TransactionRunner tx;
    private final Clock clock;

    public TenantService(TenantRepository tenants, UserRepository users, PasswordHasher hasher, QuotaGuard quotas,
                         IdGenerator ids, TransactionRunner tx, Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.hasher = hasher;
        this.quotas = quotas;
        this.ids = ids;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return true when the platform tenant was created now (first boot) */
    public boolean ensurePlatformTenant() {
        return tx.inTransaction(() -> {
            if (tenants.findById(TenantId.PLATFORM).isPresent()) {
                return false;
            }
            tenants.insert(new Tenant(TenantId.PLATFORM, "Platform", "platform", clock.instant()),
                    TenantQuotas.unlimited(TenantId.PLATFORM));
            return true;
        });
    }

    @Override
    public TenantUseCases.TenantView create(TenantUseCases.CreateTenantCommand command) {
        Tenant tenant = new Tenant(TenantId.of(ids.uuid()), command.name(), command.plan().orElse("free"), clock.instant());
        TenantQuotas limits = TenantQuotas.freePlan(tenant.id());
        tx.inTransaction(() -> tenants.insert(tenant, limits));
        return new TenantUseCases.TenantView(tenant, limits);
    }

    @Override
    public List<TenantUseCases.TenantView> list() {
        return tenants.findAll().stream()
                .map(t -> new TenantUseCases.TenantView(t, tenants.quotas(t.id())))
                .toList();
    }

    @Override
    public TenantUseCases.MemberView addMember(TenantUseCases.AddMemberCommand command) {
        return tx.inTransaction(() -> {
            requireTenant(command.tenant());
            User user = users.findByEmail(command.email()).orElseGet(() -> newUser(command));
            if (user.superadmin()) {
                throw new InvalidInputException("email", "a superadmin cannot be a tenant member");
            }
            users.saveMembership(new Membership(user.id(), command.tenant(), command.role()));
            return new TenantUseCases.MemberView(user.id(), user.email(), user.name(), command.role());
        });
    }

    private User newUser(TenantUseCases.AddMemberCommand command) {
        String password = command.password()
                .orElseThrow(() -> new InvalidInputException("password", "password is required to create a new user"));
        if (password.length() < 8 || password.length() > 200) {
            throw new InvalidInputException("password", "password must be 8 to 200 characters");
        }
        String name = command.name().orElse(command.email().value());
        if (name.length() > 120) {
            throw new InvalidInputException("name", "name must be at most 120 characters");
        }
        User user = new User(UserId.of(ids.uuid()), command.email(), name, false, hasher.hash(password), clock.instant());
        users.insert(user);
        return user;
    }

    @Override
    public TenantQuotas setQuotas(TenantId tenant, Map<QuotaMetric, QuotaLimit> changes) {
        return tx.inTransaction(() -> {
            requireTenant(tenant);
            TenantQuotas updated = tenants.quotas(tenant).with(changes);
            tenants.saveQuotas(updated);
            return updated;
        });
    }

    @Override
    public UsageReport usage(TenantId tenant) {
        return quotas.report(requireTenant(tenant));
    }

    private Tenant requireTenant(TenantId id) {
        return tenants.findById(id).orElseThrow(() -> new NotFoundException("tenant", id.value()));
    }
}
