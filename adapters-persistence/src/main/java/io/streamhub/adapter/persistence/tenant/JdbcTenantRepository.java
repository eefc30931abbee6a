package io.streamhub.adapter.persistence.tenant;

import io.micronaut.transaction.annotation.Transactional;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tenants and their quota rows in the global SQLite store. Quotas are read on every quota-checked
 * request, so all rows are served from a snapshot that any write or transaction invalidates.
 */
@Singleton
public class JdbcTenantRepository implements TenantRepository {
    private final TenantRows tenants;
    private final QuotaRows quotas;
    private final StoreGeneration generation;
    private final StoreGeneration.Cached<Map<String, TenantQuotas>> allQuotas;

    JdbcTenantRepository(TenantRows tenants, QuotaRows quotas, StoreGeneration generation) {
        this.tenants = tenants;
        this.quotas = quotas;
        this.generation = generation;
        this.allQuotas = generation.cache(() -> {
            Map<String, TenantQuotas> byTenant = new HashMap<>();
            quotas.findAll().forEach(row -> byTenant.put(row.tenantId(), TenantMapper.toDomain(row)));
            return Map.copyOf(byTenant);
        });
    }

    @Override
    @Transactional
    public void insert(Tenant tenant, TenantQuotas limits) {
        try {
            tenants.save(TenantMapper.toRow(tenant));
            quotas.save(TenantMapper.toRow(limits));
        } finally {
            generation.changed();
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.findById(id.value()).map(TenantMapper::toDomain);
    }

    @Override
    public List<Tenant> findAll() {
        return tenants.listOldestFirst().stream().map(TenantMapper::toDomain).toList();
    }

    /** A tenant without a quota row gets the free plan, never "unlimited" by accident. */
    @Override
    public TenantQuotas quotas(TenantId id) {
        TenantQuotas stored = allQuotas.get().get(id.value());
        return stored != null ? stored : TenantQuotas.freePlan(id);
    }

    @Override
    @Transactional
    public void saveQuotas(TenantQuotas limits) {
        try {
            QuotaRow row = TenantMapper.toRow(limits);
            if (quotas.existsById(row.tenantId())) {
                quotas.update(row);
            } else {
                quotas.save(row);
            }
        } finally {
            generation.changed();
        }
    }
}
