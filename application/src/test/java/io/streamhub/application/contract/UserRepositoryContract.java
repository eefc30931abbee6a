package io.streamhub.application.contract;

import static io.streamhub.application.contract.ContractData.T0;
import static io.streamhub.application.contract.ContractData.insertPlatform;
import static io.streamhub.application.contract.ContractData.tenant;
import static io.streamhub.application.contract.ContractData.tenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.quota.TenantQuotas;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} must do. Subclasses supply the store. */
public abstract class UserRepositoryContract {
    private static final TenantId ACME = tenantId(1);
    private static final TenantId GLOBEX = tenantId(2);

    private UserRepository users;

    /** The repository under test, holding no user. Called first, before each test. */
    protected abstract UserRepository emptyUserRepository();

    /** The tenants that memberships refer to (a store may insist that they exist). */
    protected abstract TenantRepository tenantRepository();

    @BeforeEach
    void startWithThreeTenantsAndNoUsers() {
        users = emptyUserRepository();
        insertPlatform(tenantRepository());
        tenantRepository().insert(tenant(ACME, T0), TenantQuotas.freePlan(ACME));
        tenantRepository().insert(tenant(GLOBEX, T0), TenantQuotas.freePlan(GLOBEX));
    }

    @Test
    void insertStoresTheUserFoundByIdAndByEmail() {
        User ada = user(1, "ada@example.com");
        User root = new User(UserId.BREAK_GLASS_ADMIN, new Email("root@example.com"), "Root", true, "hash$root", T0);

        users.insert(ada);
        users.insert(root);

        assertEquals(Optional.of(ada), users.findById(ada.id()));
        assertEquals(Optional.of(ada), users.findByEmail(new Email("ada@example.com")));
        assertEquals(Optional.of(root), users.findById(UserId.BREAK_GLASS_ADMIN));
    }

    @Test
    void findsNoUserForAnUnknownIdOrEmail() {
        users.insert(user(1, "ada@example.com"));

        assertEquals(Optional.empty(), users.findById(UserId.of(new UUID(0, 2))));
        assertEquals(Optional.empty(), users.findByEmail(new Email("bob@example.com")));
    }

    @Test
    void listsTheUsersMembershipsOldestFirst() {
        User ada = user(1, "ada@example.com");
        users.insert(ada);
        List<Membership> inOrderOfJoining = List.of(
                new Membership(ada.id(), GLOBEX, Role.OWNER),
                new Membership(ada.id(), TenantId.PLATFORM, Role.VIEWER),
                new Membership(ada.id(), ACME, Role.EDITOR));

        inOrderOfJoining.forEach(users::saveMembership);

        assertEquals(inOrderOfJoining, users.memberships(ada.id()));
    }

    @Test
    void savingAMembershipAgainReplacesItsRole() {
        User ada = user(1, "ada@example.com");
        users.insert(ada);
        users.saveMembership(new Membership(ada.id(), ACME, Role.VIEWER));

        users.saveMembership(new Membership(ada.id(), ACME, Role.OWNER));

        assertEquals(List.of(new Membership(ada.id(), ACME, Role.OWNER)), users.memberships(ada.id()));
    }

    @Test
    void membersListsEveryMemberOfTheTenantAndNoOther() {
        User ada = user(1, "ada@example.com");
        User bob = user(2, "bob@example.com");
        User eve = user(3, "eve@example.com");
        List.of(ada, bob, eve).forEach(users::insert);
        users.saveMembership(new Membership(ada.id(), ACME, Role.OWNER));
        users.saveMembership(new Membership(bob.id(), ACME, Role.VIEWER));
        users.saveMembership(new Membership(eve.id(), GLOBEX, Role.OWNER));

        assertEquals(Set.of(new Membership(ada.id(), ACME, Role.OWNER), new Membership(bob.id(), ACME, Role.VIEWER)),
                Set.copyOf(users.members(ACME)));
    }

    private static User user(long n, String email) {
        return new User(UserId.of(new UUID(0, n)), new Email(email), "User " + n, false, "hash$" + n, T0);
    }
}
