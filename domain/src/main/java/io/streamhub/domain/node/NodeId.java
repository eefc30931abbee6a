package io.streamhub.domain.node;

import io.streamhub.domain.error.InvalidInputException;
import java.util.regex.Pattern;

/** A media node: a UUID, or {@code origin} for the node the core itself runs on. */
public record NodeId(String value) implements Comparable<NodeId> {
    private static final Pattern FORMAT = Pattern.compile("^(origin|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");
    public static final NodeId ORIGIN = new NodeId("origin");

    public NodeId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException("nodeId", "node id must be 'origin' or a UUID");
        }
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
