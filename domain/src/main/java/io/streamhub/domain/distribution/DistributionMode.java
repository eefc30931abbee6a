package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;

/**
 * An app's distribution mode ({@code distribution.mode}): {@code edge} serves every viewer over
 * WebRTC from the LiveKit nodes, {@code cdn} sends the mass audience to cacheable HLS behind a CDN,
 * {@code p2p} adds a WebTorrent mesh on top of HLS, {@code hybrid} keeps an interactive WebRTC core
 * and sends the tail to CDN HLS (with P2P when enabled).
 */
public enum DistributionMode {
    EDGE, CDN, P2P, HYBRID;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DistributionMode parse(String field, String value) {
        if (value != null) {
            for (DistributionMode mode : values()) {
                if (mode.wireName().equals(value)) {
                    return mode;
                }
            }
        }
        throw new InvalidInputException(field, field + " must be one of edge, cdn, p2p, hybrid");
    }
}
