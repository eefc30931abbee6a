package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.T0;
import static io.streamhub.application.contract.ContractData.at;
import static io.streamhub.application.contract.ContractData.tenant;
import static io.streamhub.application.contract.ContractData.tenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.quota.QuotaLimit;
import io.streamhub.domain.quota.QuotaMetric;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TenantRepository} must do. Subclasses supply the store. */
public abstract class TenantRepositoryContract {
    private TenantRepository tenants;

    /** The repository under test, holding no tenant. Called before each test. */
    protected abstract TenantRepository emptyTenantRepository();

    @BeforeEach
    void startWithNoTenants() {
        tenants = emptyTenantRepository();
    }

    @Test
    void insertStoresTheTenantWithItsQuotas() {
        Tenant acme = new Tenant(tenantId(1), "Acme", "pro", T0);

        tenants.insert(acme, TenantQuotas.freePlan(acme.id()));

        assertEquals(Optional.of(acme), tenants.findById(acme.id()));
        assertEquals(TenantQuotas.freePlan(acme.id()), tenants.quotas(acme.id()));
    }

    @Test
    void findsNoTenantForAnUnknownId() {
        tenants.insert(tenant(tenantId(1), T0), TenantQuotas.freePlan(tenantId(1)));

        assertEquals(Optional.empty(), tenants.findById(tenantId(2)));
    }

    @Test
    void listsTenantsOldestFirstWhateverTheirIds() {
        Tenant oldest = tenant(tenantId(3), at(0));
        Tenant middle = tenant(tenantId(1), at(1_000));
        Tenant newest = tenant(tenantId(2), at(2_000));
        for (Tenant tenant : List.of(oldest, middle, newest)) {
            tenants.insert(tenant, TenantQuotas.freePlan(tenant.id()));
        }

        assertEquals(List.of(oldest, middle, newest), tenants.findAll());
    }

    @Test
    void quotasKeepUnlimitedZeroAndFiniteLimits() {
        TenantId id = tenantId(1);
        TenantQuotas mixed = new TenantQuotas(id, Map.of(
                QuotaMetric.APPS, QuotaLimit.UNLIMITED,
                QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(0),
                QuotaMetric.RECORDING_MINUTES_MONTH, new QuotaLimit(300),
                QuotaMetric.EGRESS_GB_MONTH, new QuotaLimit(5_000_000_000L),
                QuotaMetric.STORAGE_GB, QuotaLimit.UNLIMITED));

        tenants.insert(tenant(id, T0), mixed);

        assertEquals(mixed, tenants.quotas(id));
    }

    @Test
    void saveQuotasReplacesTheTenantsLimits() {
        TenantId id = tenantId(1);
        tenants.insert(tenant(id, T0), TenantQuotas.freePlan(id));
        TenantQuotas raised = TenantQuotas.freePlan(id).with(Map.of(QuotaMetric.APPS, new QuotaLimit(10)));

        tenants.saveQuotas(raised);

        assertEquals(raised, tenants.quotas(id));
    }

    @Test
    void aTenantWithoutStoredQuotasGetsTheFreePlanNotUnlimited() {
        assertEquals(TenantQuotas.freePlan(tenantId(9)), tenants.quotas(tenantId(9)));
    }
}
