package io.streamhub.application.service;

import io.streamhub.application.port.in.AuthUseCases;
import io.streamhub.application.port.out.PasswordHasher;
import io.streamhub.application.port.out.UserRepository;
import io.streamhub.domain.access.Principal;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.UnauthenticatedException;
import io.streamhub.domain.tenant.Email;
import io.streamhub.domain.tenant.Membership;
import io.streamhub.domain.tenant.User;
import io.streamhub.domain.tenant.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** Dashboard sign-in: the break-glass administrator from configuration, or a stored user. */
public final class AuthenticationService implements AuthUseCases.LoginUseCase, AuthUseCases.ResolveUserUseCase {
    private static final String BAD_CREDENTIALS = "Invalid username or password";

    /** The break-glass account; both parts must be configured for it to exist. */
    public record BreakGlassAdmin(String user, String password) {
        public boolean configured() {
            return user != null && !user.isBlank() && password != null && !password.isEmpty();
        }
    }

    private final BreakGlassAdmin admin;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final String dummyHash;

    public AuthenticationService(BreakGlassAdmin admin, UserRepository users, PasswordHasher hasher) {
        this.admin = admin;
        this.users = users;
        this.hasher = hasher;
        this.dummyHash = hasher.hash("timing-equaliser");
    }

    @Override
    public Principal login(String user, String password) {
        if (admin.configured() && constantTimeEquals(admin.user(), user)) {
            if (constantTimeEquals(admin.password(), password)) {
                return new Principal.Superadmin(UserId.BREAK_GLASS_ADMIN);
            }
            throw new UnauthenticatedException(BAD_CREDENTIALS);
        }
        Optional<User> found;
        try {
            found = users.findByEmail(new Email(user));
        } catch (InvalidInputException notAnEmail) {
            found = Optional.empty();
        }
        // verify against a dummy hash when the user is unknown so both paths cost the same
        boolean matches = hasher.verify(password, found.map(User::passwordHash).orElse(dummyHash));
        if (found.isEmpty() || !matches) {
            throw new UnauthenticatedException(BAD_CREDENTIALS);
        }
        return principalOf(found.get());
    }

    @Override
    public Principal resolve(UserId id) {
        if (id.equals(UserId.BREAK_GLASS_ADMIN)) {
            if (!admin.configured()) {
                throw new UnauthenticatedException("the break-glass administrator is not configured");
            }
            return new Principal.Superadmin(UserId.BREAK_GLASS_ADMIN);
        }
        return principalOf(users.findById(id).orElseThrow(() -> new UnauthenticatedException("user no longer exists")));
    }

    private Principal principalOf(User user) {
        if (user.superadmin()) {
            return new Principal.Superadmin(user.id());
        }
        List<Membership> memberships = users.memberships(user.id());
        if (memberships.isEmpty()) {
            throw new UnauthenticatedException("user " + user.email() + " belongs to no tenant");
        }
        Membership primary = memberships.get(0);
        return new Principal.Member(user.id(), primary.tenantId(), primary.role());
    }

    private static boolean constantTimeEquals(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
