package io.streamhub.domain.distribution;

import java.util.Comparator;
import java.util.Optional;

/**
 * Decides how one viewer plays one room, from the seeds' rule "interactive → WebRTC/edges; massive
 * → HLS/CDN; massive and recurring → add P2P; never WebRTC for the mass tail". Rules, in order:
 * <ol>
 *   <li>an interactive participant gets WebRTC whatever the mode (it must talk back);</li>
 *   <li>{@code cdn} and {@code p2p} send every viewer to HLS;</li>
 *   <li>{@code edge} and {@code hybrid} serve viewers over WebRTC while the room has fewer than
 *       {@code distribution.edge.max_webrtc_viewers}; the tail goes to HLS when the app has an HLS path
 *       ({@code hybrid} always, {@code edge} only with a CDN), else it is refused ({@code audience_full});</li>
 *   <li>WebRTC needs a usable node: the room's own node when it was placed (stale or disabled → none),
 *       otherwise any node taking new rooms, the viewer's region first; with no usable node the viewer
 *       falls back to HLS when possible, else it is refused ({@code no_capacity});</li>
 *   <li>every HLS plan carries P2P exactly when {@code distribution.p2p.enabled} (the kill switch).</li>
 * </ol>
 * A pure function: the same request always gives the same decision.
 */
public final class PlaybackPlanner {

    public PlaybackDecision plan(PlaybackRequest request) {
        DistributionConfig config = request.config();
        DistributionMode mode = config.mode();
        if (request.role() == ViewerRole.INTERACTIVE) {
            return webrtc(request, "interactive viewers always play over WebRTC");
        }
        if (mode == DistributionMode.CDN) {
            return hls(config, "cdn mode: viewers play HLS through the CDN");
        }
        if (mode == DistributionMode.P2P) {
            return hls(config, config.p2p().enabled() ? "p2p mode: viewers play HLS and share segments over P2P"
                    : "p2p mode with P2P switched off: viewers play HLS only");
        }
        int max = config.edge().maxWebrtcViewers();
        int watching = request.audience().webrtcViewers();
        if (watching < max) {
            return webrtc(request, mode.wireName() + " mode: WebRTC viewer " + (watching + 1) + " of at most " + max);
        }
        String full = "WebRTC audience full (" + watching + " of " + max + " viewers)";
        if (config.hlsAvailable()) {
            return hls(config, full + ": the tail plays HLS");
        }
        return new PlaybackDecision.Refused("audience_full", full + " and the app has no CDN for HLS; try again later");
    }

    private PlaybackDecision webrtc(PlaybackRequest request, String reason) {
        DistributionConfig config = request.config();
        NodeSnapshot nodes = request.nodes();
        if (!nodes.clustered()) {
            return new PlaybackDecision.Plan(config.mode(), PlaybackProtocol.WEBRTC, reason, Optional.empty(), false);
        }
        Optional<String> node = nodes.roomNode().isPresent()
                ? nodes.usable().stream().map(NodeSnapshot.UsableNode::id).filter(nodes.roomNode().get()::equals).findFirst()
                : nodes.usable().stream()
                        .filter(NodeSnapshot.UsableNode::acceptsNewRooms)
                        .min(Comparator.comparing((NodeSnapshot.UsableNode n) -> !inRegion(n, request.region()))
                                .thenComparing(NodeSnapshot.UsableNode::id))
                        .map(NodeSnapshot.UsableNode::id);
        if (node.isPresent()) {
            return new PlaybackDecision.Plan(config.mode(), PlaybackProtocol.WEBRTC, reason, node, false);
        }
        String none = nodes.roomNode().map(id -> "the room's node " + id + " is not usable (stale or disabled)")
                .orElse("no usable node for WebRTC");
        if (config.hlsAvailable()) {
            return hls(config, none + ": falling back to HLS");
        }
        return new PlaybackDecision.Refused("no_capacity", none + " and the app has no CDN for HLS");
    }

    private static boolean inRegion(NodeSnapshot.UsableNode node, Optional<String> region) {
        return region.isPresent() && node.region().equals(region);
    }

    private static PlaybackDecision hls(DistributionConfig config, String reason) {
        boolean p2p = config.p2p().enabled();
        String said = p2p && config.mode() != DistributionMode.P2P ? reason + ", with P2P on top" : reason;
        return new PlaybackDecision.Plan(config.mode(), PlaybackProtocol.HLS, said, Optional.empty(), p2p);
    }
}
