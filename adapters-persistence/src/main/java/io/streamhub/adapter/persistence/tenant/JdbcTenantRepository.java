package io.streamhub.adapter.persistence.tenant;

import io.micronaut.transaction.annotation.Transactional;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Tenants and their quota rows in the global SQLite store. */
@Singleton
public class JdbcTenantRepository implements TenantRepository {
    private final TenantRows tenants;
    private final QuotaRows quotas;

    JdbcTenantRepository(TenantRows tenants, QuotaRows quotas) {
        this.tenants = tenants;
        this.quotas = quotas;
    }

    @Override
    @Transactional
    public void insert(Tenant tenant, TenantQuotas limits) {
        tenants.save(TenantMapper.toRow(tenant));
        quotas.save(TenantMapper.toRow(limits));
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.findById(id.value()).map(TenantMapper::toDomain);
    }

    @Override
    public List<Tenant> findAll() {
        return tenants.listOldestFirst().stream().map(TenantMapper::toDomain).toList();
    }

    /** A tenant without a quota row is not limited (the platform tenant's rule). */
    @Override
    public TenantQuotas quotas(TenantId id) {
        return quotas.findById(id.value()).map(TenantMapper::toDomain).orElse(TenantQuotas.freePlan(id));
    }

    @Override
    @Transactional
    public void saveQuotas(TenantQuotas limits) {
        QuotaRow row = TenantMapper.toRow(limits);
        if (quotas.existsById(row.tenantId())) {
            quotas.update(row);
        } else {
            quotas.save(row);
        }
    }
}
