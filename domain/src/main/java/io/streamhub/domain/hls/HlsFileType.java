package io.streamhub.domain.hls;

import java.util.Locale;
import java.util.Optional;

/**
 * The files a live HLS directory may serve, by extension. A playlist changes every segment, so it is
 * never cached; a segment (and an fMP4 init segment) is written once under a new name and never
 * changes, so it is cached for a year and marked immutable. Any other extension is not served.
 */
public enum HlsFileType {
    PLAYLIST("m3u8", "application/vnd.apple.mpegurl", false),
    TS("ts", "video/mp2t", true),
    M4S("m4s", "video/iso.segment", true),
    MP4("mp4", "video/mp4", true),
    M4A("m4a", "audio/mp4", true),
    AAC("aac", "audio/aac", true),
    VTT("vtt", "text/vtt; charset=utf-8", true);

    public static final String NO_CACHE = "no-cache, no-store, must-revalidate";
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String extension;
    private final String contentType;
    private final boolean immutable;

    HlsFileType(String extension, String contentType, boolean immutable) {
        this.extension = extension;
        this.contentType = contentType;
        this.immutable = immutable;
    }

    /** The type of a file name by its extension (case-insensitive); empty for anything not served. */
    public static Optional<HlsFileType> of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (HlsFileType type : values()) {
            if (type.extension.equals(ext)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String contentType() {
        return contentType;
    }

    /** Written once, never changed: cacheable for a year, with validators. */
    public boolean immutable() {
        return immutable;
    }

    public String cacheControl() {
        return immutable ? IMMUTABLE : NO_CACHE;
    }
}
