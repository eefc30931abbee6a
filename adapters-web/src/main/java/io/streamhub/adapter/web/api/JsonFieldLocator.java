package io.streamhub.adapter.web.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the JSON field at the position a decoding error reports ({@code line: L, column: C}),
 * as a dotted path such as {@code recording.splitMinutes}. The decoder reports only the position,
 * and a caller deserves the field's name.
 */
final class JsonFieldLocator {
    private static final Pattern POSITION = Pattern.compile("line: (\\d+), column: (\\d+)");

    private JsonFieldLocator() {
    }

    static Optional<String> locate(String message, String body) {
        if (message == null || body == null) {
            return Optional.empty();
        }
        Matcher m = POSITION.matcher(message);
        if (!m.find()) {
            return Optional.empty();
        }
        int offset = offsetOf(body, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return offset < 0 ? Optional.empty() : pathAt(body, offset);
    }

    private static int offsetOf(String body, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            offset = body.indexOf('\n', offset);
            if (offset < 0) {
                return -1;
            }
            offset++;
        }
        return Math.min(body.length(), offset + column - 1);
    }

    /** Walks the text up to {@code end}, keeping the stack of object keys. */
    private static Optional<String> pathAt(String body, int end) {
        Deque<String> keys = new ArrayDeque<>();
        Deque<Character> containers = new ArrayDeque<>();
        String lastString = null;
        String pendingKey = null;
        for (int i = 0; i < end; i++) {
            char c = body.charAt(i);
            if (c == '"') {
                StringBuilder sb = new StringBuilder();
                for (i++; i < end && body.charAt(i) != '"'; i++) {
                    if (body.charAt(i) == '\\') {
                        i++;
                    }
                    if (i < end) {
                        sb.append(body.charAt(i));
                    }
                }
                lastString = sb.toString();
            } else if (c == ':') {
                pendingKey = lastString;
            } else if (c == '{' || c == '[') {
                containers.push(c);
                keys.push(pendingKey == null ? "" : pendingKey);
                pendingKey = null;
            } else if (c == '}' || c == ']') {
                if (!containers.isEmpty()) {
                    containers.pop();
                    keys.pop();
                }
                pendingKey = null;
            } else if (c == ',') {
                pendingKey = null;
            }
        }
        StringBuilder path = new StringBuilder();
        var it = keys.descendingIterator();
        while (it.hasNext()) {
            String k = it.next();
            if (!k.isEmpty()) {
                path.append(path.length() == 0 ? "" : ".").append(k);
            }
        }
        if (pendingKey != null) {
            path.append(path.length() == 0 ? "" : ".").append(pendingKey);
        }
        return path.length() == 0 ? Optional.empty() : Optional.of(path.toString());
    }
}
