package io.streamhub.domain.distribution;

import java.util.Optional;

/** The viewer router's answer: a plan to play, or a refusal with its reason. */
public sealed interface PlaybackDecision permits PlaybackDecision.Plan, PlaybackDecision.Refused {

    /**
     * How to play.
     *
     * @param node the node to signal through (WebRTC in a cluster); empty for HLS or a single LiveKit
     * @param p2p  whether the viewer joins the room's P2P swarm on top of HLS
     */
    record Plan(DistributionMode mode, PlaybackProtocol protocol, String reason, Optional<String> node, boolean p2p)
            implements PlaybackDecision {
        public Plan {
            if (p2p && protocol != PlaybackProtocol.HLS) {
                throw new IllegalArgumentException("P2P rides on HLS only");
            }
            if (node.isPresent() && protocol != PlaybackProtocol.WEBRTC) {
                throw new IllegalArgumentException("only WebRTC goes through a node");
            }
        }

        public boolean hls() {
            return protocol == PlaybackProtocol.HLS;
        }
    }

    /**
     * No way to play now. {@code code} is {@code audience_full} (the WebRTC ceiling is reached and
     * the app has no HLS path) or {@code no_capacity} (no usable node and no HLS path).
     */
    record Refused(String code, String reason) implements PlaybackDecision {
    }
}
