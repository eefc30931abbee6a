package io.streamhub.domain.hls;

import java.util.Optional;
import java.util.regex.Pattern;

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
    private static final Pattern APP = Pattern.compile("^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$");
    private static final Pattern ROOM = Pattern.compile("^[A-Za-z0-9_-]{1,120}$");
    private static final Pattern FILE = Pattern.compile("^[A-Za-z0-9_-]{1,128}\\.[A-Za-z0-9]{1,8}$");

    public HlsPath {
        if (!APP.matcher(app).matches() || !ROOM.matcher(room).matches() || !FILE.matcher(file).matches()
                || HlsFileType.of(file).orElse(null) != type) {
            throw new IllegalArgumentException("not an HLS file path");
        }
    }

    /** The request path (query string already removed) as a file request; empty when it is not one. */
    public static Optional<HlsPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX) || rawPath.length() > 400) {
            return Optional.empty();
        }
        String[] parts = rawPath.substring(PREFIX.length()).split("/", -1);
        if (parts.length != 3 || !APP.matcher(parts[0]).matches() || !ROOM.matcher(parts[1]).matches()
                || !FILE.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return HlsFileType.of(parts[2]).map(type -> new HlsPath(parts[0], parts[1], parts[2], type));
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
