package io.streamhub.adapter.web.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.streamhub.domain.error.InvalidInputException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes request bodies itself, from the raw text: values of the wrong JSON type are refused with
 * their field's path (never coerced, never a bare "body"). Unknown fields are ignored.
 */
@Singleton
public class JsonBodies {
    private final JsonMapper mapper;

    public JsonBodies(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(String raw, Class<T> type) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("body", "a JSON object body is required");
        }
        String trimmed = raw.trim();
        if (!trimmed.startsWith("{")) {
            throw new InvalidInputException("body", "the body must be a JSON object");
        }
        try {
            JsonNode tree = mapper.readValue(trimmed.getBytes(StandardCharsets.UTF_8), JsonNode.class);
            StrictJsonTypes.check(tree, type, "");
            T value = mapper.readValueFromTree(tree, Argument.of(type));
            if (value == null) {
                throw new InvalidInputException("body", "a JSON object body is required");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            String field = JsonFieldLocator.locate(e.getMessage(), trimmed).orElse("body");
            throw new InvalidInputException(field, "body".equals(field)
                    ? "the body is not valid JSON"
                    : field + " has the wrong type or format");
        }
    }
}
