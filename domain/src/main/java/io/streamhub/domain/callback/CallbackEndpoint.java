package io.streamhub.domain.callback;

import io.streamhub.domain.error.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * One receiver of an app's events. An empty {@code events} filter means every event. The secret
 * is not part of the endpoint: it is write-only and kept in the secret store.
 *
 * @param id {@link #CONFIG_ID} for the endpoint of the app config's {@code callbacks.url}
 */
public record CallbackEndpoint(String id, String url, Set<String> events, boolean enabled, String description,
                               Instant createdAt) {
    /** The id of the endpoint the app config's {@code callbacks.url}/{@code callbacks.secret} define. */
    public static final String CONFIG_ID = "config";
    public static final int MAX_DESCRIPTION = 200;

    public CallbackEndpoint {
        CallbackUrl.parse("url", url);
        events = Set.copyOf(events);
        TreeSet<String> unknown = new TreeSet<>(events);
        unknown.removeAll(EventNames.ALL);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("events", "events holds unknown event names " + unknown
                    + "; known: " + new TreeSet<>(EventNames.ALL));
        }
        description = description == null ? "" : description;
        if (description.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "description must be at most " + MAX_DESCRIPTION + " characters");
        }
    }

    public boolean accepts(String event) {
        return enabled && (events.isEmpty() || events.contains(event));
    }
}
