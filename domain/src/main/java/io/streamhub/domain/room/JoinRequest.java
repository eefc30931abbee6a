package io.streamhub.domain.room;

/**
 * What a caller asks of a join token; every component may be {@code null} (defaults apply, see
 * {@link JoinPolicy}).
 */
public record JoinRequest(String room, String identity, String name, Boolean canPublish, Boolean canSubscribe,
                          String ttl, String metadata, Boolean hidden, Boolean recorder, Boolean audioOnly) {
}
