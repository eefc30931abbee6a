package io.streamhub.domain.hls;

import java.util.Optional;

/**
 * A request for one live HLS file, {@code /hls/<app>/<room>/<file>}, checked on the raw path as it
 * arrived (before any percent-decoding). Only plain names are accepted: an app slug, a room directory
 * name ({@link #roomDirectory}) and a file name of letters, digits, {@code _} and {@code -} with a
 * served extension. Hence {@code ..}, {@code .}, percent-encoding of any kind (so {@code %2e%2e},
 * {@code %2f} and double encoding), backslashes, empty or extra segments and absolute paths can never
 * name a file: they are refused before the file system is touched.
 */
public record HlsPath(String app, String room, String file, HlsFileType type) {
    public static final String PREFIX = "/hls/";

    // checked character by character (this runs for every request of the HLS fast path):
    // app ^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$, room ^[A-Za-z0-9_-]{1,120}$, file ^[A-Za-z0-9_-]{1,128}\.[A-Za-z0-9]{1,8}$

    public HlsPath {
        if (!isApp(app) || !isRoom(room) || !isFile(file) || HlsFileType.of(file).orElse(null) != type) {
            throw new IllegalArgumentException("not an HLS file path");
        }
    }

    /** The request path (query string already removed) as a file request; empty when it is not one. */
    public static Optional<HlsPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX) || rawPath.length() > 400) {
            return Optional.empty();
        }
        int first = rawPath.indexOf('/', PREFIX.length());
        int second = first < 0 ? -1 : rawPath.indexOf('/', first + 1);
        if (second < 0 || rawPath.indexOf('/', second + 1) >= 0) {
            return Optional.empty();
        }
        String app = rawPath.substring(PREFIX.length(), first);
        String room = rawPath.substring(first + 1, second);
        String file = rawPath.substring(second + 1);
        if (!isApp(app) || !isRoom(room) || !isFile(file)) {
            return Optional.empty();
        }
        return HlsFileType.of(file).map(type -> new HlsPath(app, room, file, type));
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean alnum(char c) {
        return lowerOrDigit(c) || (c >= 'A' && c <= 'Z');
    }

    private static boolean plain(char c) {
        return alnum(c) || c == '_' || c == '-';
    }

    private static boolean isApp(String s) {
        int n = s.length();
        if (n < 3 || n > 32 || !lowerOrDigit(s.charAt(0)) || !lowerOrDigit(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (!lowerOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isRoom(String s) {
        int n = s.length();
        if (n < 1 || n > 120) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!plain(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFile(String s) {
        int dot = s.indexOf('.');
        int ext = s.length() - dot - 1;
        if (dot < 1 || dot > 128 || ext < 1 || ext > 8) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            if (!plain(s.charAt(i))) {
                return false;
            }
        }
        for (int i = dot + 1; i < s.length(); i++) {
            if (!alnum(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The directory name of a LiveKit room's HLS output: every character outside
     * {@code [A-Za-z0-9_-]} becomes {@code _} (so {@code .} and {@code ..} cannot occur).
     */
    public static String roomDirectory(String room) {
        if (room == null || room.isEmpty()) {
            throw new IllegalArgumentException("a room name is required");
        }
        StringBuilder out = new StringBuilder(room.length());
        for (char c : room.toCharArray()) {
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            out.append(plain ? c : '_');
        }
        return out.length() > 120 ? out.substring(0, 120) : out.toString();
    }

    /** The path under which this file is served. */
    public String urlPath() {
        return PREFIX + app + "/" + room + "/" + file;
    }
}
