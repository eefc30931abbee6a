package io.streamhub.application.contract;

import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Tenant;
import io.streamhub.domain.tenant.TenantId;
import java.time.Instant;
import java.util.UUID;

/** Values shared by the contracts. Times carry milliseconds, the precision every store must keep. */
final class ContractData {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123Z");

    private ContractData() {
    }

    static Instant at(long millisAfterT0) {
        return T0.plusMillis(millisAfterT0);
    }

    static TenantId tenantId(long n) {
        return TenantId.of(new UUID(0, n));
    }

    static Tenant tenant(TenantId id, Instant createdAt) {
        return new Tenant(id, "Tenant " + id.value().substring(id.value().length() - 4), "free", createdAt);
    }

    /** A new app named {@code name}, with the room prefix {@code name} (so names and prefixes stay unique together). */
    static App app(String name, TenantId tenant) {
        return App.create(new AppName(name), "App " + name, new RoomPrefix(name), tenant, T0);
    }

    static void insertPlatform(TenantRepository tenants) {
        tenants.insert(new Tenant(TenantId.PLATFORM, "Platform", "platform", T0), TenantQuotas.unlimited(TenantId.PLATFORM));
    }
}
