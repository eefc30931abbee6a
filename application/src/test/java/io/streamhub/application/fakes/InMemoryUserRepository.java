package io.streamhub.application.fakes;

import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> users = new LinkedHashMap<>();
    private final List<Membership> memberships = new ArrayList<>();

    @Override
    public synchronized void insert(User user) {
        users.put(user.id(), user);
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
    }

    @Override
    public synchronized Optional<User> findById(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized void saveMembership(Membership membership) {
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.userId().equals(membership.userId()) && m.tenantId().equals(membership.tenantId())) {
                memberships.set(i, membership);
                return;
            }
        }
        memberships.add(membership);
    }

    @Override
    public synchronized List<Membership> memberships(UserId user) {
        return memberships.stream().filter(m -> m.userId().equals(user)).toList();
    }

    @Override
    public synchronized List<Membership> members(TenantId tenant) {
        return memberships.stream().filter(m -> m.tenantId().equals(tenant)).toList();
    }
}
