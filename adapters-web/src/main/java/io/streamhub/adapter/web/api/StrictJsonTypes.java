package io.streamhub.adapter.web.api;

import io.streamhub.domain.error.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/**
 * Checks a decoded JSON tree against a request record before it is bound, so that a value of the
 * wrong JSON type ({@code "canPublish": "yes"}, {@code "name": 5}) is refused with its field's
 * path instead of being coerced. Unknown fields are left alone (they are ignored).
 */
final class StrictJsonTypes {
    private StrictJsonTypes() {
    }

    static void check(Map<?, ?> object, Class<?> type, String prefix) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String field = prefix + component.getName();
            if (object.containsKey(component.getName())) {
                checkValue(object.get(component.getName()), component.getGenericType(), field);
            }
        }
    }

    private static void checkValue(Object value, Type type, String field) {
        if (value == null) {
            return;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        boolean ok;
        if (raw == String.class) {
            ok = value instanceof String;
        } else if (raw == Boolean.class || raw == boolean.class) {
            ok = value instanceof Boolean;
        } else if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            ok = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
        } else if (List.class.isAssignableFrom(raw)) {
            ok = value instanceof List<?>;
            if (ok && type instanceof ParameterizedType p) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    checkValue(list.get(i), p.getActualTypeArguments()[0], field);
                }
            }
        } else if (raw.isRecord()) {
            ok = value instanceof Map<?, ?>;
            if (ok) {
                check((Map<?, ?>) value, raw, field + ".");
            }
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
        if (raw.isRecord()) {
            return "an object";
        }
        return "an integer";
    }
}
