package io.streamhub.application.port.out;

import java.util.Map;

/** Serializes a callback envelope to JSON, keeping the map's order. */
public interface EventEncoder {
    String encode(Map<String, Object> envelope);
}
