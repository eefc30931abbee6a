package io.streamhub.domain.ingress;

import java.time.Instant;

/**
 * An ingress as the media server reports it. {@code url} is where to push (RTMP server URL or
 * WHIP endpoint) or, for {@code url} ingress, where it pulls from.
 */
public record IngressInfo(String id, String name, InputType inputType, String url, String streamKey, String room,
                          String participantIdentity, String participantName, String status, Instant startedAt) {
}
