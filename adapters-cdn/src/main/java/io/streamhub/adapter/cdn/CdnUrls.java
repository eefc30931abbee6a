package io.streamhub.adapter.cdn;

import io.streamhub.application.port.out.CdnProvider.CdnFailure;
import io.streamhub.application.port.out.CdnProvider.CdnSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * URL arithmetic every provider shares: the viewer-facing URL of an origin path is the CDN base URL
 * (scheme, host, optional path prefix) followed by the path, unchanged.
 */
final class CdnUrls {
    private CdnUrls() {
    }

    /** {@code base + path}; {@code vod} picks {@link CdnSettings#vodBaseUrl()} when set, else the live base. */
    static URI under(CdnSettings settings, String path, boolean vod) {
        URI base = vod && settings.vodBaseUrl() != null ? settings.vodBaseUrl() : settings.baseUrl();
        String name = vod && settings.vodBaseUrl() != null ? "vod_base_url" : "base_url";
        return under(checkedBase(base, name), checkedPath(path));
    }

    /** {@link #under} for a provider that cannot sign: asking it for signed playback fails rather than go unsigned. */
    static URI unsigned(String provider, CdnSettings settings, String path, boolean vod) {
        if (settings.signedUrls()) {
            throw new CdnFailure(provider + " cannot sign playback URLs: turn distribution.cdn.signed_urls off", null);
        }
        return under(settings, path, vod);
    }

    private static URI under(URI base, String path) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix + path);
    }

    private static URI checkedBase(URI base, String name) {
        if (base == null) {
            throw new CdnFailure("distribution.cdn." + name + " is not set", null);
        }
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || base.getRawAuthority() == null
                || base.getRawQuery() != null || base.getRawFragment() != null || base.getRawUserInfo() != null) {
            throw new CdnFailure("distribution.cdn." + name + " must be an http(s) URL without query or credentials", null);
        }
        return base;
    }

    /**
     * An absolute origin path: starts with {@code /}; no query, fragment, {@code .}/{@code ..} or empty
     * segment, percent-escape (so no encoded dot segment either), space or non-ASCII character.
     */
    static String checkedPath(String path) {
        if (path == null || !path.startsWith("/") || path.contains("//")) {
            throw new IllegalArgumentException("a CDN path is absolute and has no empty segment: " + path);
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0;
            if (!allowed) {
                throw new IllegalArgumentException("a CDN path has no query, fragment, escape, space or non-ASCII character: " + path);
            }
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("a CDN path has no dot segment: " + path);
            }
        }
        return path;
    }

    /** The directory of a URL path, with its trailing slash ({@code /hls/a/r/index.m3u8} → {@code /hls/a/r/}). */
    static String directory(String rawPath) {
        return rawPath.substring(0, rawPath.lastIndexOf('/') + 1);
    }

    /** HLS playlists are signed for their whole directory, so the segments they list are covered too. */
    static boolean isPlaylist(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".m3u8");
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters (as Python's {@code quote(s, safe="")}). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** A JSON string literal. */
    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
