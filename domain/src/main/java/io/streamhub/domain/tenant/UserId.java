package io.streamhub.domain.tenant;

import io.streamhub.domain.error.InvalidInputException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A dashboard user: {@code usr_<uuid>}, or {@code admin} for the break-glass administrator. */
public record UserId(String value) {
    private static final Pattern FORMAT = Pattern.compile("^(admin|usr_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    public static final UserId BREAK_GLASS_ADMIN = new UserId("admin");

    public UserId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("userId", "user id must be usr_<uuid>");
        }
    }

    public static UserId of(UUID uuid) {
        return new UserId("usr_" + uuid);
    }

    @Override
    public String toString() {
        return value;
    }
}
