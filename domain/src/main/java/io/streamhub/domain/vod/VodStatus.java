package io.streamhub.domain.vod;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** Where a recording is in its life. */
public enum VodStatus {
    RECORDING, UPLOADING, READY, FAILED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VodStatus parse(String value) {
        for (VodStatus status : values()) {
            if (status.key().equals(value)) {
                return status;
            }
        }
        throw new InvalidInputException("status", "status must be recording, uploading, ready or failed");
    }
}
