package io.streamhub.adapter.cdn.fake;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bunny's token authentication check, written from its documentation (never the adapter's code): the
 * token is base64url(SHA256(key + signature path + expires + sorted extra parameters)); the signature
 * path is {@code token_path} when present (and the requested path must lie under it), else the
 * requested path; {@code expires} is the last valid second. A directory token may sit in the path
 * ({@code /bcdn_token=…&token_path=…&expires=…/the/file}) or the parameters in the query.
 */
public final class BunnyTokenCheck {
    private BunnyTokenCheck() {
    }

    /** Whether Bunny's edge, holding {@code tokenKey}, lets {@code url} through at {@code now}. */
    public static boolean accepts(URI url, String tokenKey, Instant now) {
        String path = url.getRawPath();
        Map<String, String> params = new TreeMap<>();
        if (path.startsWith("/bcdn_token=")) {
            int end = path.indexOf('/', 1);
            parse("token=" + path.substring("/bcdn_token=".length(), end), params);
            path = path.substring(end);
        } else if (url.getRawQuery() != null) {
            parse(url.getRawQuery(), params);
        }
        String token = params.remove("token");
        String expires = params.remove("expires");
        if (token == null || expires == null || now.getEpochSecond() > Long.parseLong(expires)) {
            return false;
        }
        String signaturePath = params.getOrDefault("token_path", path);
        if (!path.startsWith(signaturePath)) {
            return false;
        }
        StringBuilder data = new StringBuilder();
        params.forEach((name, value) -> data.append(data.length() == 0 ? "" : "&").append(name).append('=').append(value));
        return token.equals(sha256Base64Url(tokenKey + signaturePath + expires + data));
    }

    private static void parse(String query, Map<String, String> into) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            into.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    private static String sha256Base64Url(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash).replace('+', '-').replace('/', '_').replace("=", "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
