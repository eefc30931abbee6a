package io.streamhub.adapter.persistence.user;

import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Dashboard users and their memberships in the global SQLite store; e-mail addresses are unique. */
@Singleton
public class JdbcUserRepository implements UserRepository {
    private final UserRows users;
    private final MembershipRows memberships;

    JdbcUserRepository(UserRows users, MembershipRows memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    @Override
    public void insert(User user) {
        users.save(UserMapper.toRow(user));
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.findByEmail(email.value()).map(UserMapper::toDomain);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return users.findById(id.value()).map(UserMapper::toDomain);
    }

    @Override
    public void saveMembership(Membership membership) {
        memberships.upsert(membership.userId().value(), membership.tenantId().value(), membership.role().key(),
                Instant.now());
    }

    @Override
    public List<Membership> memberships(UserId user) {
        return memberships.findByUserOldestFirst(user.value()).stream().map(UserMapper::toDomain).toList();
    }

    @Override
    public List<Membership> members(TenantId tenant) {
        return memberships.findByTenantOldestFirst(tenant.value()).stream().map(UserMapper::toDomain).toList();
    }
}
