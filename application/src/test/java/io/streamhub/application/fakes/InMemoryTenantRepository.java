package io.streamhub.application.fakes;

import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryTenantRepository implements TenantRepository {
    private final Map<TenantId, Tenant> tenants = new LinkedHashMap<>();
    private final Map<TenantId, TenantQuotas> quotas = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Tenant tenant, TenantQuotas limits) {
        tenants.put(tenant.id(), tenant);
        quotas.put(tenant.id(), limits);
    }

    @Override
    public synchronized Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public synchronized List<Tenant> findAll() {
        return new ArrayList<>(tenants.values());
    }

    @Override
    public synchronized TenantQuotas quotas(TenantId id) {
        return quotas.getOrDefault(id, TenantQuotas.freePlan(id));
    }

    @Override
    public synchronized void saveQuotas(TenantQuotas limits) {
        quotas.put(limits.tenantId(), limits);
    }
}
