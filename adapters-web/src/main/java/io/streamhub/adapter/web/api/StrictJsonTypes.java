package io.streamhub.adapter.web.api;

import io.micronaut.json.tree.JsonNode;
import io.streamhub.domain.error.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a decoded JSON tree against a request record before it is bound, so that a value of the
 * wrong JSON type ({@code "canPublish": "yes"}, {@code "name": 5}) is refused with its field's
 * path instead of being coerced. Unknown fields are left alone (they are ignored).
 */
final class StrictJsonTypes {
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private StrictJsonTypes() {
    }

    static void check(JsonNode object, Class<?> type, String prefix) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : COMPONENTS.computeIfAbsent(type, Class::getRecordComponents)) {
            JsonNode value = object.get(component.getName());
            if (value != null) {
                checkValue(value, component.getGenericType(), prefix + component.getName());
            }
        }
    }

    private static void checkValue(JsonNode value, Type type, String field) {
        if (value.isNull()) {
            return;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        boolean ok;
        if (raw == String.class) {
            ok = value.isString();
        } else if (raw == Boolean.class || raw == boolean.class) {
            ok = value.isBoolean();
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            ok = value.isNumber() && value.getDoubleValue() == Math.rint(value.getDoubleValue());
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            ok = value.isNumber();
        } else if (List.class.isAssignableFrom(raw)) {
            ok = value.isArray();
            if (ok && type instanceof ParameterizedType p) {
                for (JsonNode item : value.values()) {
                    checkValue(item, p.getActualTypeArguments()[0], field);
                }
            }
        } else if (raw.isRecord()) {
            ok = value.isObject();
            if (ok) {
                check(value, raw, field + ".");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            ok = value.isObject();
        } else {
            ok = true;
        }
        if (!ok) {
            throw new InvalidInputException(field, field + " must be " + describe(raw));
        }
    }

    private static String describe(Class<?> raw) {
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "an array";
        }
        if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
            return "a number";
        }
        if (raw.isRecord() || Map.class.isAssignableFrom(raw)) {
            return "an object";
        }
        return "an integer";
    }
}
