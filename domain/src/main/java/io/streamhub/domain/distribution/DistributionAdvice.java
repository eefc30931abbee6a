package io.streamhub.domain.distribution;

/**
 * What the advisor recommends and why.
 *
 * @param mode            the app's {@code distribution.mode} to set
 * @param reason          the rule that decided, in words, with the figures behind it
 * @param latency         the latency target the advice was made for (the caller's or the use case's own)
 * @param expectedLatency what viewers will see, as the seeds state it ({@code ~0.2 s}, {@code 6–15 s}, …)
 * @param delivery        which paths carry viewers: two modes named {@code hybrid} differ here
 *                        (a WebRTC core plus CDN, or CDN plus P2P)
 */
public record DistributionAdvice(StreamingUseCase useCase, long audience, LatencyTarget latency, DistributionMode mode,
                                 String reason, String expectedLatency, Delivery delivery) {

    /** The paths viewers take: WebRTC through the LiveKit nodes, HLS, a CDN in front of HLS, a P2P mesh on top. */
    public record Delivery(boolean webrtc, boolean hls, boolean cdn, boolean p2p) {
    }
}
