package io.streamhub.domain.node;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** What the operator allows: new rooms (active), existing rooms only (draining), nothing (disabled). */
public enum NodeStatus {
    ACTIVE, DRAINING, DISABLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeStatus parse(String text) {
        for (NodeStatus status : values()) {
            if (status.key().equals(text)) {
                return status;
            }
        }
        throw new InvalidInputException("status", "status must be active, draining or disabled");
    }
}
