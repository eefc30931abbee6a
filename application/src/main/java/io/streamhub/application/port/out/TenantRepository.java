package io.streamhub.application.port.out;

import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** Tenants and their quotas. */
public interface TenantRepository {
    void insert(Tenant tenant, TenantQuotas quotas);

    Optional<Tenant> findById(TenantId id);

    /** Every tenant, oldest first. */
    List<Tenant> findAll();

    /** The tenant's quotas; a tenant without a stored row gets the free plan (never unlimited by accident). */
    TenantQuotas quotas(TenantId id);

    void saveQuotas(TenantQuotas quotas);
}
