package io.streamhub.domain.tenant;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** A member's role inside a tenant. What each role may do is the RBAC policy's business. */
public enum Role {
    OWNER, EDITOR, VIEWER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String field, String text) {
        if (text != null) {
            for (Role role : values()) {
                if (role.key().equals(text)) {
                    return role;
                }
            }
        }
        throw new InvalidInputException(field, field + " must be one of owner, editor, viewer");
    }
}
