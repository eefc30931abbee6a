package io.streamhub.domain.distribution;

import io.streamhub.domain.error.InvalidInputException;

/**
 * A live event to price: how many viewers watch, at what bitrate, for how long, cut into HLS segments of
 * what length, and which share of the bytes viewers fetch from each other (P2P) instead of the CDN.
 * Impossible and absurd values are refused naming their field.
 *
 * @param audience       concurrent viewers, 1 to {@value #MAX_AUDIENCE}
 * @param bitrateMbps    the rendition viewers watch, in megabits per second (above 0, at most {@value #MAX_BITRATE_MBPS})
 * @param hours          event length (above 0, at most {@value #MAX_HOURS}: a month)
 * @param segmentSeconds HLS segment duration, 1 to {@value #MAX_SEGMENT_SECONDS}; decides how many requests the CDN bills
 * @param p2pRatio       share of segment bytes served by the viewer mesh, 0 to {@value #MAX_P2P_RATIO}
 *                       (the seeds' honest range is 0.5–0.75; the HTTP fallback never disappears)
 */
public record EventProfile(long audience, double bitrateMbps, double hours, int segmentSeconds, double p2pRatio) {
    public static final long MAX_AUDIENCE = 100_000_000L;
    public static final double MAX_BITRATE_MBPS = 100;
    public static final double MAX_HOURS = 744;
    public static final int MAX_SEGMENT_SECONDS = 60;
    public static final double MAX_P2P_RATIO = 0.95;
    public static final int DEFAULT_SEGMENT_SECONDS = 4;

    public EventProfile {
        if (audience < 1 || audience > MAX_AUDIENCE) {
            throw new InvalidInputException("audience", "audience must be between 1 and " + MAX_AUDIENCE + " viewers");
        }
        if (!(bitrateMbps > 0 && bitrateMbps <= MAX_BITRATE_MBPS)) {
            throw new InvalidInputException("bitrateMbps", "bitrateMbps must be above 0 and at most " + (int) MAX_BITRATE_MBPS);
        }
        if (!(hours > 0 && hours <= MAX_HOURS)) {
            throw new InvalidInputException("hours", "hours must be above 0 and at most " + (int) MAX_HOURS);
        }
        if (segmentSeconds < 1 || segmentSeconds > MAX_SEGMENT_SECONDS) {
            throw new InvalidInputException("segmentSeconds", "segmentSeconds must be between 1 and " + MAX_SEGMENT_SECONDS);
        }
        if (!(p2pRatio >= 0 && p2pRatio <= MAX_P2P_RATIO)) {
            throw new InvalidInputException("p2pRatio", "p2pRatio must be between 0 and " + MAX_P2P_RATIO);
        }
    }

    /** Everything the viewers receive, in decimal GB: Mbps × 10^6 / 8 bytes × 3600 s × hours / 10^9. */
    public double totalGb() {
        return audience * bitrateMbps * hours * 3_600 / 8 / 1_000;
    }

    /** The share the CDN carries. */
    public double cdnGb() {
        return totalGb() * (1 - p2pRatio);
    }

    /**
     * Requests the CDN serves: every segment duration each viewer reloads the live playlist (always over
     * HTTP, even with P2P) and fetches one segment (from a peer for the P2P share).
     */
    public long cdnRequests() {
        double intervals = hours * 3_600 / segmentSeconds;
        return Math.round(audience * intervals * (1 + (1 - p2pRatio)));
    }
}
