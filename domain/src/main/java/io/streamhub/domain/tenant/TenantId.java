package io.streamhub.domain.tenant;

import io.streamhub.domain.error.InvalidInputException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A tenant: {@code platform} (the operator's own) or {@code tnt_<uuid>}. */
public record TenantId(String value) {
    private static final Pattern FORMAT = Pattern.compile("^(platform|tnt_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    public static final TenantId PLATFORM = new TenantId("platform");

    public TenantId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("tenantId", "tenant id must be 'platform' or tnt_<uuid>");
        }
    }

    public static TenantId of(UUID uuid) {
        return new TenantId("tnt_" + uuid);
    }

    public boolean isPlatform() {
        return equals(PLATFORM);
    }

    @Override
    public String toString() {
        return value;
    }
}
