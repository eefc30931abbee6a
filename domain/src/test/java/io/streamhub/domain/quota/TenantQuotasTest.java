package io.streamhub.domain.quota;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.QuotaExceededException;
import io.streamhub.domain.tenant.TenantId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantQuotasTest {
    private final TenantId tenant = TenantId.of(UUID.randomUUID());

    @Test
    void allowsUpToTheLimitInclusive() {
        TenantQuotas quotas = TenantQuotas.freePlan(tenant);
        assertDoesNotThrow(() -> quotas.ensureRoomFor(QuotaMetric.APPS, 1, 1));
    }

    @Test
    void refusesTheUnitPastTheLimitWithLimitAndUse() {
        TenantQuotas quotas = TenantQuotas.freePlan(tenant);
        QuotaExceededException e = assertThrows(QuotaExceededException.class,
                () -> quotas.ensureRoomFor(QuotaMetric.APPS, 2, 1));
        assertEquals("maxApps", e.quota());
        assertEquals(2, e.limit());
        assertEquals(2, e.used());
        assertEquals("quota_exceeded", e.code());
    }

    @Test
    void zeroForbidsEverything() {
        TenantQuotas quotas = TenantQuotas.freePlan(tenant).with(Map.of(QuotaMetric.CONCURRENT_STREAMS, new QuotaLimit(0)));
        assertThrows(QuotaExceededException.class, () -> quotas.ensureRoomFor(QuotaMetric.CONCURRENT_STREAMS, 0, 1));
    }

    @Test
    void minusOneIsUnlimited() {
        TenantQuotas quotas = TenantQuotas.unlimited(tenant);
        assertDoesNotThrow(() -> quotas.ensureRoomFor(QuotaMetric.STORAGE_GB, Long.MAX_VALUE - 1, 1));
    }

    @Test
    void limitsBelowMinusOneAreRefused() {
        assertThrows(InvalidInputException.class, () -> new QuotaLimit(-2));
    }

    @Test
    void missingMetricsAreUnlimitedAndChangesMerge() {
        TenantQuotas quotas = new TenantQuotas(tenant, Map.of(QuotaMetric.APPS, new QuotaLimit(1)));
        assertTrue(quotas.limit(QuotaMetric.EGRESS_GB_MONTH).isUnlimited());
        TenantQuotas changed = quotas.with(Map.of(QuotaMetric.EGRESS_GB_MONTH, new QuotaLimit(9)));
        assertEquals(1, changed.limit(QuotaMetric.APPS).value());
        assertEquals(9, changed.limit(QuotaMetric.EGRESS_GB_MONTH).value());
    }

    @Test
    void reportSaysWhichQuotasAreExhausted() {
        UsageReport report = new UsageReport(tenant, "free", TenantQuotas.freePlan(tenant), Map.of(QuotaMetric.APPS, 2L));
        assertTrue(report.exhausted(QuotaMetric.APPS));
        assertFalse(report.exhausted(QuotaMetric.CONCURRENT_STREAMS));
        assertEquals(0L, report.usage().get(QuotaMetric.STORAGE_GB));
    }
}
