package io.streamhub.domain.room;

import java.time.Duration;

/** The permissions a LiveKit join token carries, already namespaced and checked. */
public record JoinGrant(String room, String identity, String name, boolean canPublish, boolean canSubscribe,
                        boolean canPublishData, boolean hidden, boolean recorder, boolean audioOnly,
                        String metadata, Duration ttl) {
}
