package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An app's {@code distribution} block: the mode, the CDN in front of its HLS, the P2P mesh and the
 * WebRTC ceiling of its edges. Provider credentials are never part of it: {@link Cdn#credentialsSet()}
 * names the ones stored in the secret store. Each record checks its own values; the rules that
 * involve other blocks (P2P against private playback and low-latency HLS) are checked by
 * {@code AppConfig}.
 */
public record DistributionConfig(DistributionMode mode, Cdn cdn, P2p p2p, Edge edge) {

    public DistributionConfig {
        mode = mode == null ? DistributionMode.EDGE : mode;
        cdn = cdn == null ? Cdn.none() : cdn;
        p2p = p2p == null ? P2p.off() : p2p;
        edge = edge == null ? Edge.defaults() : edge;
    }

    public static DistributionConfig defaults() {
        return new DistributionConfig(DistributionMode.EDGE, Cdn.none(), P2p.off(), Edge.defaults());
    }

    public DistributionConfig withCdn(Cdn newCdn) {
        return new DistributionConfig(mode, newCdn, p2p, edge);
    }

    /** Whether the operator asked for P2P (switched on, or the p2p mode): what the P2P refusals look at. */
    public boolean p2pRequested() {
        return p2p.enabled() || mode == DistributionMode.P2P;
    }

    /**
     * Whether viewers may be sent to HLS: always outside edge mode; in edge mode only when a CDN
     * (a provider or a base URL) is configured to carry the overflow.
     */
    public boolean hlsAvailable() {
        return mode != DistributionMode.EDGE || cdn.configured();
    }

    /** {@code distribution.cdn}: an empty base URL with provider none serves HLS from the origin. */
    public record Cdn(CdnProviderKind provider, String baseUrl, String vodBaseUrl, boolean signedUrls, Set<String> credentialsSet) {
        public Cdn {
            provider = provider == null ? CdnProviderKind.NONE : provider;
            baseUrl = baseUrl(field("baseUrl"), baseUrl);
            vodBaseUrl = baseUrl(field("vodBaseUrl"), vodBaseUrl);
            credentialsSet = credentialsSet == null ? Set.of() : Set.copyOf(credentialsSet);
            if (provider != CdnProviderKind.NONE && baseUrl.isEmpty()) {
                throw new InvalidInputException(field("baseUrl"),
                        "distribution.cdn.baseUrl is required when distribution.cdn.provider is " + provider.wireName());
            }
            if (signedUrls && provider == CdnProviderKind.NONE) {
                throw new InvalidInputException(field("signedUrls"),
                        "distribution.cdn.signedUrls needs a provider that signs URLs (distribution.cdn.provider is none)");
            }
        }

        public static Cdn none() {
            return new Cdn(CdnProviderKind.NONE, "", "", false, Set.of());
        }

        /** A CDN carries the HLS: a provider, or a plain pull zone given only by its base URL. */
        public boolean configured() {
            return provider != CdnProviderKind.NONE || !baseUrl.isEmpty();
        }

        public Cdn withCredentials(Set<String> names) {
            return new Cdn(provider, baseUrl, vodBaseUrl, signedUrls, names);
        }

        private static String field(String name) {
            return "distribution.cdn." + name;
        }

        private static String baseUrl(String field, String value) {
            String url = value == null ? "" : value.trim();
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            if (url.isEmpty()) {
                return url;
            }
            try {
                URI uri = new URI(url);
                boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
                if (http && uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                        && uri.getRawFragment() == null && url.length() <= 2048) {
                    return url;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new InvalidInputException(field, field + " must be empty or an http(s) URL with a host and no query, fragment or credentials");
        }
    }

    /**
     * {@code distribution.p2p}: WebTorrent trackers ({@code ws://}/{@code wss://}), STUN/TURN servers
     * for the viewers' data channels, the swarm id prefix and the number of peers a viewer connects to.
     * {@code enabled} is the kill switch: off, no viewer gets P2P whatever the mode. No trackers means the
     * server's own (the tracker sidecar, {@code STREAMHUB_P2P_TRACKER_URL}).
     */
    public record P2p(boolean enabled, List<String> trackers, List<String> stun, String swarmPrefix, int maxPeers) {
        public static final String DEFAULT_SWARM_PREFIX = "streamhub";
        public static final int DEFAULT_MAX_PEERS = 30;
        private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

        public P2p {
            trackers = trackers == null ? List.of() : List.copyOf(trackers);
            stun = stun == null ? List.of() : List.copyOf(stun);
            swarmPrefix = swarmPrefix == null || swarmPrefix.isBlank() ? DEFAULT_SWARM_PREFIX : swarmPrefix.trim();
            if (trackers.size() > 10) {
                throw new InvalidInputException("distribution.p2p.trackers", "distribution.p2p.trackers holds at most 10 URLs");
            }
            for (String tracker : trackers) {
                checkTracker(tracker);
            }
            if (stun.size() > 10) {
                throw new InvalidInputException("distribution.p2p.stun", "distribution.p2p.stun holds at most 10 URLs");
            }
            for (String server : stun) {
                if (server == null || server.length() > 512 || !server.matches("^(stun|stuns|turn|turns):[^\\s/?#]+(\\?[^\\s#]*)?$")) {
                    throw new InvalidInputException("distribution.p2p.stun",
                            "distribution.p2p.stun entries must be stun:, stuns:, turn: or turns: URLs with a host");
                }
            }
            if (!SLUG.matcher(swarmPrefix).matches()) {
                throw new InvalidInputException("distribution.p2p.swarmPrefix",
                        "distribution.p2p.swarmPrefix must match ^[a-z0-9][a-z0-9-]{0,39}$");
            }
            if (maxPeers < 1 || maxPeers > 100) {
                throw new InvalidInputException("distribution.p2p.maxPeers", "distribution.p2p.maxPeers must be 1 to 100");
            }
        }

        public static P2p off() {
            return new P2p(false, List.of(), List.of(), DEFAULT_SWARM_PREFIX, DEFAULT_MAX_PEERS);
        }

        /** The swarm of a live room: {@code <swarmPrefix>/<app>/<room>}. */
        public String swarmId(String app, String room) {
            return swarmPrefix + "/" + app + "/" + room;
        }

        private static void checkTracker(String tracker) {
            try {
                URI uri = new URI(tracker == null ? "" : tracker.trim());
                boolean ws = "ws".equals(uri.getScheme()) || "wss".equals(uri.getScheme());
                if (ws && uri.getHost() != null && uri.getRawUserInfo() == null && tracker.length() <= 2048) {
                    return;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new InvalidInputException("distribution.p2p.trackers", "distribution.p2p.trackers entries must be ws:// or wss:// URLs with a host");
        }
    }

    /** {@code distribution.edge}: how many viewers a room serves over WebRTC before the tail goes to HLS. */
    public record Edge(int maxWebrtcViewers) {
        public static final int DEFAULT_MAX_WEBRTC_VIEWERS = 200;

        public Edge {
            if (maxWebrtcViewers < 0 || maxWebrtcViewers > 1_000_000) {
                throw new InvalidInputException("distribution.edge.maxWebrtcViewers",
                        "distribution.edge.maxWebrtcViewers must be 0 to 1000000");
            }
        }

        public static Edge defaults() {
            return new Edge(DEFAULT_MAX_WEBRTC_VIEWERS);
        }
    }
}
