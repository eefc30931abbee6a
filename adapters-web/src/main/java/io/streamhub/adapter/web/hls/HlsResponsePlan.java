package io.streamhub.adapter.web.hls;

import io.streamhub.domain.hls.HlsFileType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What to answer for one HLS file, decided from the file's type, length and modification time and
 * the request's method and conditional/range headers; pure, so both the Netty fast path and the
 * private-playback controller answer alike.
 *
 * <ul>
 *   <li>every answer carries CORS ({@code *}, {@code GET, HEAD, OPTIONS}, {@code Range} allowed,
 *       {@code Content-Length}/{@code Content-Range} exposed) and {@code Accept-Ranges: bytes};</li>
 *   <li>a playlist is {@code no-cache, no-store, must-revalidate} and has no validators (it changes
 *       under the same name); a segment is {@code public, max-age=31536000, immutable} with a strong
 *       {@code ETag} and {@code Last-Modified}, and answers 304 to a matching
 *       {@code If-None-Match}/{@code If-Modified-Since};</li>
 *   <li>one satisfiable byte range answers 206 with {@code Content-Range}; an unsatisfiable one 416
 *       with {@code Content-Range: bytes *}{@code /<length>}; several ranges, a malformed header or an
 *       {@code If-Range} that does not match answer the whole file (RFC 9110 allows ignoring Range).</li>
 * </ul>
 */
record HlsResponsePlan(int status, Map<String, String> headers, long offset, long length, boolean body) {
    static final String ALLOW_METHODS = "GET, HEAD, OPTIONS";
    static final String ALLOW_HEADERS = "Range, If-Range, If-None-Match, If-Modified-Since, Authorization, Origin, Accept";
    static final String EXPOSE_HEADERS = "Content-Length, Content-Range, Accept-Ranges, ETag, Last-Modified";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** The CORS headers every answer under {@code /hls/} carries, errors included. */
    static Map<String, String> cors() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Access-Control-Allow-Methods", ALLOW_METHODS);
        h.put("Access-Control-Allow-Headers", ALLOW_HEADERS);
        h.put("Access-Control-Expose-Headers", EXPOSE_HEADERS);
        return h;
    }

    /** The answer to a preflight or plain OPTIONS: 204, CORS, cacheable by the browser for a day. */
    static HlsResponsePlan options() {
        Map<String, String> h = cors();
        h.put("Access-Control-Max-Age", "86400");
        h.put("Allow", ALLOW_METHODS);
        h.put("Content-Length", "0");
        return new HlsResponsePlan(204, h, 0, 0, false);
    }

    static String etag(long length, long lastModifiedMillis) {
        return "\"" + Long.toHexString(length) + "-" + Long.toHexString(lastModifiedMillis) + "\"";
    }

    /**
     * @param head        a HEAD request: the same headers, no body
     * @param range       the {@code Range} header or null
     * @param ifRange     the {@code If-Range} header or null
     * @param ifNoneMatch the {@code If-None-Match} header or null
     * @param ifModifiedSince the {@code If-Modified-Since} header or null
     */
    static HlsResponsePlan of(HlsFileType type, long length, long lastModifiedMillis, boolean head, String range, String ifRange,
                              String ifNoneMatch, String ifModifiedSince) {
        Map<String, String> h = cors();
        h.put("Content-Type", type.contentType());
        h.put("Cache-Control", type.cacheControl());
        h.put("Accept-Ranges", "bytes");
        h.put("X-Content-Type-Options", "nosniff");
        String etag = etag(length, lastModifiedMillis);
        long lastModifiedSeconds = lastModifiedMillis / 1000;
        if (type.immutable()) {
            h.put("ETag", etag);
            h.put("Last-Modified", httpDate(lastModifiedSeconds));
            if (notModified(etag, lastModifiedSeconds, ifNoneMatch, ifModifiedSince)) {
                return new HlsResponsePlan(304, h, 0, 0, false);
            }
        }
        boolean rangeApplies = range != null && (ifRange == null || (type.immutable() && ifRangeMatches(ifRange, etag,
                lastModifiedSeconds)));
        if (rangeApplies) {
            long[] r = parseRange(range, length);
            if (r == UNSATISFIABLE) {
                h.put("Content-Range", "bytes */" + length);
                h.put("Content-Length", "0");
                return new HlsResponsePlan(416, h, 0, 0, false);
            }
            if (r != null) {
                long count = r[1] - r[0] + 1;
                h.put("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + length);
                h.put("Content-Length", Long.toString(count));
                return new HlsResponsePlan(206, h, r[0], count, !head);
            }
        }
        h.put("Content-Length", Long.toString(length));
        return new HlsResponsePlan(200, h, 0, length, !head);
    }

    /** The last date formatted: the segments of one live stream share few seconds, so most answers reuse it. */
    private record FormattedDate(long seconds, String text) {
    }

    private static volatile FormattedDate lastDate = new FormattedDate(Long.MIN_VALUE, "");

    static String httpDate(long epochSeconds) {
        FormattedDate last = lastDate;
        if (last.seconds() == epochSeconds) {
            return last.text();
        }
        String text = HTTP_DATE.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
        lastDate = new FormattedDate(epochSeconds, text);
        return text;
    }

    private static boolean notModified(String etag, long lastModifiedSeconds, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.strip();
                if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                    return true;
                }
            }
            return false; // If-Modified-Since is ignored when If-None-Match is present (RFC 9110 13.1.3)
        }
        Long since = httpDate(ifModifiedSince);
        return since != null && lastModifiedSeconds <= since;
    }

    private static boolean ifRangeMatches(String ifRange, String etag, long lastModifiedSeconds) {
        String value = ifRange.strip();
        if (value.startsWith("\"")) {
            return value.equals(etag);
        }
        Long date = httpDate(value);
        return date != null && date == lastModifiedSeconds;
    }

    private static Long httpDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(text.strip(), HTTP_DATE).toEpochSecond();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static final long[] UNSATISFIABLE = new long[0];

    /**
     * One {@code bytes=} range as {@code [first, last]} within {@code length}; {@link #UNSATISFIABLE}
     * when it starts past the end (or the file is empty); null when the header is malformed, names
     * another unit or holds several ranges (the whole file is then sent).
     */
    static long[] parseRange(String header, long length) {
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return null;
        }
        String spec = value.substring(6).strip();
        if (spec.isEmpty() || spec.contains(",")) {
            return null;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        String first = spec.substring(0, dash).strip();
        String last = spec.substring(dash + 1).strip();
        try {
            if (first.isEmpty()) {
                if (last.isEmpty() || !digits(last)) {
                    return null;
                }
                long suffix = Long.parseLong(last);
                if (suffix == 0 || length == 0) {
                    return UNSATISFIABLE;
                }
                return new long[] {Math.max(0, length - suffix), length - 1};
            }
            if (!digits(first) || (!last.isEmpty() && !digits(last))) {
                return null;
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? length - 1 : Long.parseLong(last);
            if (!last.isEmpty() && end < start) {
                return null;
            }
            if (start >= length) {
                return UNSATISFIABLE;
            }
            return new long[] {start, Math.min(end, length - 1)};
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
