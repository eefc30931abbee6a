package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/**
 * The seeds' decision matrix as a pure function: (use case, audience, latency target) → distribution mode
 * with the reason in words. Rows that the matrix fixes whatever the size (closed network, VOD, radio, live
 * shopping) decide first; everything else follows the simple rule "interactive → WebRTC/edges; massive →
 * HLS/CDN; massive and patient → add P2P", and the mass tail never rides WebRTC.
 *
 * <p>Thresholds come from the seeds: an 8-core 10 Gbps node carries ~1,500 WebRTC viewers (CPU-bound),
 * interactive use stays on edges "up to a few thousand viewers" ({@value #INTERACTIVE_MAX}), a CDN is the
 * default path past {@value #CDN_MIN} viewers, and a mass event starts at {@value #MASS_MIN}.
 */
public final class DistributionAdvisor {
    public static final long INTERACTIVE_MAX = 5_000;
    public static final long CDN_MIN = 1_000;
    public static final long MASS_MIN = 50_000;
    /** The live-shopping row starts at 100 viewers; below that everyone fits on WebRTC. */
    static final long SHOW_MIN = 100;
    static final long WEBRTC_VIEWERS_PER_10G_NODE = 1_500;
    /** The seeds' reference rendition (720p). */
    static final double REFERENCE_MBPS = 2.5;

    private static final DistributionAdvice.Delivery WEBRTC = new DistributionAdvice.Delivery(true, false, false, false);
    private static final DistributionAdvice.Delivery CDN = new DistributionAdvice.Delivery(false, true, true, false);
    private static final DistributionAdvice.Delivery CDN_P2P = new DistributionAdvice.Delivery(false, true, true, true);
    private static final DistributionAdvice.Delivery CORE_CDN = new DistributionAdvice.Delivery(true, true, true, false);
    private static final DistributionAdvice.Delivery CORE_CDN_P2P = new DistributionAdvice.Delivery(true, true, true, true);

    private DistributionAdvisor() {
    }

    public static DistributionAdvice recommend(StreamingUseCase useCase, long audience, Optional<LatencyTarget> latency) {
        if (audience < 1 || audience > EventProfile.MAX_AUDIENCE) {
            throw new InvalidInputException("audience", "audience must be between 1 and " + EventProfile.MAX_AUDIENCE + " viewers");
        }
        Advice advice = new Advice(useCase, audience, latency.orElse(useCase.defaultLatency()));
        return switch (useCase) {
            case CLOSED_NETWORK -> advice.closedNetwork();
            case VOD -> advice.vod();
            case RADIO -> advice.radio();
            case LIVE_SHOPPING -> audience < SHOW_MIN ? advice.general() : advice.interactiveCoreWithCdnTail(
                    "live shopping / auction: the host and VIPs stay on WebRTC (~0.2 s) to interact, the other viewers watch HLS through the CDN");
            default -> advice.general();
        };
    }

    private record Advice(StreamingUseCase useCase, long audience, LatencyTarget latency) {

        DistributionAdvice general() {
            if (latency == LatencyTarget.REALTIME) {
                return audience <= INTERACTIVE_MAX
                        ? result(DistributionMode.EDGE, WEBRTC, "~0.2 s", "interactive → WebRTC through the edges: "
                                + viewers() + " at ~0.2 s fit " + nodes() + " (~" + WEBRTC_VIEWERS_PER_10G_NODE
                                + " WebRTC viewers per 8-core 10 Gbps node)")
                        : interactiveCoreWithCdnTail("never WebRTC for the mass tail: " + viewers() + " is " + bandwidth()
                                + ", past what edges carry at ~0.2 s; keep the interactive core on WebRTC and send the rest to HLS through a CDN");
            }
            if (audience >= MASS_MIN) {
                return latency == LatencyTarget.RELAXED
                        ? result(DistributionMode.HYBRID, CDN_P2P, "10–20 s", "massive → HLS through a CDN with a P2P mesh on top: "
                                + viewers() + " is " + bandwidth() + "; viewers exchange 50–75% of the segments, "
                                + "so the CDN bill drops by as much, for 1–2 extra segments of latency")
                        : result(DistributionMode.CDN, CDN, "6–15 s", "massive → HLS through a CDN: " + viewers() + " is "
                                + bandwidth() + ". A P2P mesh would take 50–75% of it off the CDN bill but adds 1–2 segments "
                                + "of latency; ask with latency=relaxed to get that advice");
            }
            if (audience >= CDN_MIN) {
                return result(DistributionMode.CDN, CDN, "6–15 s", "past a few thousand viewers HLS through a CDN is the default path: "
                        + viewers() + " is " + bandwidth() + ", several well-placed 10 Gbps nodes without a CDN");
            }
            return result(DistributionMode.EDGE, WEBRTC, "~0.2 s", "a small audience fits the nodes: " + viewers() + " is "
                    + bandwidth() + ", within " + nodes() + "; no CDN needed");
        }

        DistributionAdvice interactiveCoreWithCdnTail(String why) {
            boolean p2p = audience >= MASS_MIN && latency != LatencyTarget.STANDARD;
            return result(DistributionMode.HYBRID, p2p ? CORE_CDN_P2P : CORE_CDN, p2p ? "0.2 s / 10–20 s" : "0.2 s / 6–15 s",
                    why + (p2p ? "; at " + viewers() + " add P2P on the HLS tail to cut the CDN bill by 50–75%" : ""));
        }

        DistributionAdvice closedNetwork() {
            boolean webrtc = latency == LatencyTarget.REALTIME;
            return result(DistributionMode.EDGE, webrtc ? WEBRTC : new DistributionAdvice.Delivery(false, true, false, false),
                    webrtc ? "~0.2 s" : "~6 s", "closed network / sovereignty: no CDN and no viewer mesh may carry the stream, "
                            + "so edges are mandatory on your own hardware; " + viewers() + " is " + bandwidth()
                            + ", edge nodes needed: " + nodesNeeded() + (webrtc ? " for WebRTC" : " (fewer when edges serve HLS)"));
        }

        DistributionAdvice vod() {
            return result(DistributionMode.CDN, CDN, "n/a", "VOD catalog: recordings are files, so serve them from the app's bucket "
                    + "behind a CDN (storage public_url, or R2 with $0 egress) and pay $/GB; P2P only for spikes");
        }

        DistributionAdvice radio() {
            return result(DistributionMode.CDN, CDN, "6–15 s", "24/7 radio / audio: HLS through a CDN; audio is ~15x cheaper than "
                    + "video per listener (tens of $ per month); mode p2p on top is an option for a large recurring audience");
        }

        private DistributionAdvice result(DistributionMode mode, DistributionAdvice.Delivery delivery, String expected, String reason) {
            return new DistributionAdvice(useCase, audience, latency, mode, reason, expected, delivery);
        }

        private String viewers() {
            return String.format(Locale.ROOT, "%,d viewer%s", audience, audience == 1 ? "" : "s");
        }

        /** The audience's bandwidth at the seeds' 720p rendition. */
        private String bandwidth() {
            double mbps = audience * REFERENCE_MBPS;
            return mbps >= 1_000
                    ? String.format(Locale.ROOT, "%,.0f Gbps at 2.5 Mbps", mbps / 1_000)
                    : String.format(Locale.ROOT, "%,.1f Mbps at 2.5 Mbps", mbps);
        }

        private long nodesNeeded() {
            return (audience + WEBRTC_VIEWERS_PER_10G_NODE - 1) / WEBRTC_VIEWERS_PER_10G_NODE;
        }

        private String nodes() {
            long n = nodesNeeded();
            return n == 1 ? "one node" : n + " nodes";
        }
    }
}
