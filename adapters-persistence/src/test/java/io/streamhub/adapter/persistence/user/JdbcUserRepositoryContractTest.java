package io.streamhub.adapter.persistence.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.streamhub.adapter.persistence.GlobalStore;
import io.streamhub.adapter.persistence.StoreGeneration;
import io.streamhub.adapter.persistence.TemporaryDataDir;
import io.streamhub.adapter.persistence.tenant.JdbcTenantRepository;
import io.streamhub.application.contract.UserRepositoryContract;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcUserRepositoryContractTest extends UserRepositoryContract implements TemporaryDataDir {
    private static final TenantId ACME = TenantId.of(new UUID(0, 1));

    @Inject
    JdbcUserRepository users;
    @Inject
    JdbcTenantRepository tenants;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreGeneration generation;

    @Override
    protected UserRepository emptyUserRepository() {
        GlobalStore.wipe(transactions, generation);
        return users;
    }

    @Override
    protected TenantRepository tenantRepository() {
        return tenants;
    }

    @Test
    void refusesASecondUserWithTheSameEmail() {
        users.insert(user(1, "ada@example.com"));

        assertThrows(RuntimeException.class, () -> users.insert(user(2, "ada@example.com")));
    }

    @Test
    void changingARoleKeepsTheMembershipInItsPlaceSoThePrimaryTenantStays() {
        User ada = user(1, "ada@example.com");
        users.insert(ada);
        users.saveMembership(new Membership(ada.id(), TenantId.PLATFORM, Role.VIEWER));
        users.saveMembership(new Membership(ada.id(), ACME, Role.OWNER));

        users.saveMembership(new Membership(ada.id(), TenantId.PLATFORM, Role.EDITOR));

        assertEquals(List.of(new Membership(ada.id(), TenantId.PLATFORM, Role.EDITOR), new Membership(ada.id(), ACME, Role.OWNER)),
                users.memberships(ada.id()));
    }

    private static User user(long n, String email) {
        return new User(UserId.of(new UUID(0, n)), new Email(email), "User " + n, false, "hash", Instant.EPOCH);
    }
}
