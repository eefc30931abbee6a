package io.streamhub.application.port.out;

import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import java.util.List;
import java.util.Optional;

/** Dashboard users and their tenant memberships. */
public interface UserRepository {
    void insert(User user);

    Optional<User> findByEmail(Email email);

    Optional<User> findById(UserId id);

    /** Adds or replaces the user's role in the tenant. */
    void saveMembership(Membership membership);

    /** The user's memberships, oldest first: the first is the user's primary tenant. */
    List<Membership> memberships(UserId user);

    List<Membership> members(TenantId tenant);
}
