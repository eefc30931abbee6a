package io.streamhub.domain.distribution;

import java.util.List;
import java.util.Optional;

/**
 * The media nodes a WebRTC viewer could be sent to, as the registry shows them now.
 *
 * @param clustered whether any node is registered; without a registry the single LiveKit serves everything
 * @param roomNode  the node the room was placed on, when it was
 * @param usable    the nodes that are neither stale nor disabled
 */
public record NodeSnapshot(boolean clustered, Optional<String> roomNode, List<UsableNode> usable) {

    public NodeSnapshot {
        usable = List.copyOf(usable);
    }

    /** A single LiveKit, no registry. */
    public static NodeSnapshot single() {
        return new NodeSnapshot(false, Optional.empty(), List.of());
    }

    /**
     * A usable node.
     *
     * @param acceptsNewRooms false while draining: it still serves its rooms but takes no new ones
     */
    public record UsableNode(String id, Optional<String> region, boolean acceptsNewRooms) {
    }
}
