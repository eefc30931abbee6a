package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.T0;
import static io.streamhub.application.contract.ContractData.app;
import static io.streamhub.application.contract.ContractData.at;
import static io.streamhub.application.contract.ContractData.tenant;
import static io.streamhub.application.contract.ContractData.tenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.app.RoomPrefix;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AppRepository} must do. Subclasses supply the store. */
public abstract class AppRepositoryContract {
    private static final TenantId ACME = tenantId(1);
    private static final TenantId GLOBEX = tenantId(2);

    private AppRepository apps;

    /** The repository under test, holding no app. Called first, before each test. */
    protected abstract AppRepository emptyAppRepository();

    /** The tenants the apps belong to (a store may insist that they exist). */
    protected abstract TenantRepository tenantRepository();

    @BeforeEach
    void startWithTwoTenantsAndNoApps() {
        apps = emptyAppRepository();
        tenantRepository().insert(tenant(ACME, T0), TenantQuotas.freePlan(ACME));
        tenantRepository().insert(tenant(GLOBEX, T0), TenantQuotas.freePlan(GLOBEX));
    }

    @Test
    void insertAssignsAnIdAndTheAppIsFoundByIdAndByName() {
        App stored = apps.insert(app("live", ACME));

        assertTrue(stored.id() > 0);
        assertEquals(app("live", ACME).withId(stored.id()), stored);
        assertEquals(Optional.of(stored), apps.findById(stored.id()));
        assertEquals(Optional.of(stored), apps.findByName(new AppName("live")));
    }

    @Test
    void everyInsertedAppGetsItsOwnId() {
        assertNotEquals(apps.insert(app("live", ACME)).id(), apps.insert(app("news", ACME)).id());
    }

    @Test
    void findsNothingForAnUnknownNameOrId() {
        App stored = apps.insert(app("live", ACME));

        assertEquals(Optional.empty(), apps.findByName(new AppName("other")));
        assertEquals(Optional.empty(), apps.findById(stored.id() + 1));
    }

    @Test
    void refusesASecondAppWithTheSameName() {
        apps.insert(app("live", ACME));
        App sameName = App.create(new AppName("live"), "Again", new RoomPrefix("again"), GLOBEX, T0);

        assertThrows(RuntimeException.class, () -> apps.insert(sameName));
        assertEquals(1, apps.findAll().size());
    }

    @Test
    void listsEveryAppSortedByName() {
        apps.insert(app("news", GLOBEX));
        apps.insert(app("alpha", ACME));
        apps.insert(app("live", ACME));

        assertEquals(List.of("alpha", "live", "news"), apps.findAll().stream().map(a -> a.name().value()).toList());
    }

    @Test
    void listsAndCountsOnlyTheAppsOfTheTenantSortedByName() {
        apps.insert(app("news", ACME));
        apps.insert(app("sport", GLOBEX));
        apps.insert(app("live", ACME));

        assertEquals(List.of("live", "news"), apps.findByTenant(ACME).stream().map(a -> a.name().value()).toList());
        assertEquals(2, apps.countByTenant(ACME));
        assertEquals(0, apps.countByTenant(TenantId.PLATFORM));
    }

    @Test
    void updateStoresTheNewDisplayNameRoomPrefixAndTime() {
        App stored = apps.insert(app("live", ACME));
        App renamed = stored.rename("Live TV", new RoomPrefix("tv"), at(5_000));

        apps.update(renamed);

        assertEquals(Optional.of(renamed), apps.findByName(new AppName("live")));
    }

    @Test
    void deleteRemovesOnlyThatApp() {
        App live = apps.insert(app("live", ACME));
        App news = apps.insert(app("news", ACME));

        apps.delete(live.id());

        assertEquals(Optional.empty(), apps.findById(live.id()));
        assertEquals(Optional.empty(), apps.findByName(new AppName("live")));
        assertEquals(List.of(news), apps.findAll());
    }
}
