package io.streamhub.domain.callback;

import java.util.Set;

/** The events an app's callback endpoints can receive (catalog section 5, plus the cluster's). */
public final class EventNames {
    public static final String STREAM_STARTED = "stream_started";
    public static final String RECORDING_STARTED = "recording_started";
    public static final String VOD_READY = "vod_ready";
    public static final String RECORDING_FAILED = "recording_failed";
    public static final String STREAM_ENDED = "stream_ended";
    public static final String NODE_STALE = "node_stale";
    public static final String NODE_RECOVERED = "node_recovered";

    /** Every name an endpoint filter may hold. */
    public static final Set<String> ALL = Set.of(
            "room_started", "room_finished", "participant_joined", "participant_left", "track_published",
            "track_unpublished", "ingress_started", "ingress_ended", "egress_started", "egress_updated", "egress_ended",
            STREAM_STARTED, STREAM_ENDED,
            "recording_started", "vod_ready", "recording_part_ready", "recording_ready", "recording_failed",
            "snapshot_taken", "vod_variants_ready", "hls_started", "hls_stopped",
            "restream_started", "restream_stopped", "restream_failed", "chat_message", "reaction",
            "stream.latency_high", "stream.latency_recovered",
            NODE_STALE, NODE_RECOVERED);

    private EventNames() {
    }
}
