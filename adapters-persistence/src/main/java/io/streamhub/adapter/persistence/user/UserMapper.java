package io.streamhub.adapter.persistence.user;

import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.Role;
import io.streamhub.domain.tenant.TenantId;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;

final class UserMapper {
    private UserMapper() {
    }

    static User toDomain(UserRow row) {
        return new User(new UserId(row.id()), new Email(row.email()), row.name(), row.superadmin(), row.passwordHash(),
                row.createdAt());
    }

    static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.email().value(), user.name(), user.superadmin(), user.passwordHash(),
                user.createdAt());
    }

    static Membership toDomain(MembershipRow row) {
        return new Membership(new UserId(row.key().userId()), new TenantId(row.key().tenantId()),
                Role.parse("role", row.role()));
    }
}
