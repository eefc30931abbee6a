package io.streamhub.domain.tenant;

import java.time.Instant;

/** A person who signs in to the dashboard. The password hash is opaque to the domain. */
public record User(UserId id, Email email, String name, boolean superadmin, String passwordHash, Instant createdAt) {
}
