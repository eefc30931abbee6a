package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/** The CDN in front of an app's HLS ({@code distribution.cdn.provider}); {@code none} serves HLS from the origin. */
public enum CdnProviderKind {
    NONE, BUNNY, CLOUDFLARE, CLOUDFRONT, FASTLY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CdnProviderKind parse(String field, String value) {
        if (value != null) {
            for (CdnProviderKind kind : values()) {
                if (kind.wireName().equals(value)) {
                    return kind;
                }
            }
        }
        throw new InvalidInputException(field, field + " must be one of none, bunny, cloudflare, cloudfront, fastly");
    }
}
