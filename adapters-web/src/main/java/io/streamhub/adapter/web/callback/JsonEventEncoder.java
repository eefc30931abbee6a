package io.streamhub.adapter.web.callback;

import io.micronaut.json.JsonMapper;
import io.streamhub.application.port.out.EventEncoder;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The envelope as compact JSON, keys in the map's order. */
@Singleton
public class JsonEventEncoder implements EventEncoder {
    private final JsonMapper json;

    public JsonEventEncoder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String encode(Map<String, Object> envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize callback envelope " + envelope.get("id"), e);
        }
    }
}
