package io.streamhub.adapter.web.dashboard;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.streamhub.adapter.web.security.Public;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves the dashboard single-page app bundled in the jar under {@code public/dashboard/}.
 *
 * <p>The index page answers at {@code /} and at the SPA's own sections ({@code /login}, {@code /apps/**},
 * {@code /cluster}, {@code /logs}) so a reload or a shared link lands in the app (history fallback). The
 * fallback is a closed list on purpose: {@code /api}, {@code /hls}, {@code /samples}, {@code /sdk},
 * {@code /metrics}, {@code /play}, {@code /embed} and {@code /rtc} are never answered here, so an unknown API
 * path still gets the API's own 404 instead of an HTML page. The index is {@code no-cache} (a new build is
 * picked up at once); the files under {@code /dashboard/assets/} carry a content hash in their name and are
 * {@code immutable} for a year. See docs/dashboard.md and ADR 015.
 */
@Controller
@Hidden
public class DashboardController {
    static final String ROOT = "public/dashboard/";
    static final String INDEX_CACHE = "no-cache";
    static final String ASSET_CACHE = "public, max-age=31536000, immutable";
    static final String OTHER_CACHE = "public, max-age=3600";
    /** Inline styles: Mantine writes its CSS variables in a style element. Everything else comes from here. */
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http:; "
            + "media-src 'self' blob: https: http:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private final ClassLoader loader = DashboardController.class.getClassLoader();

    @Public
    @Get(uri = "/", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> root() {
        return index();
    }

    @Public
    @Get(uri = "/login", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> login() {
        return index();
    }

    @Public
    @Get(uri = "/apps", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> apps() {
        return index();
    }

    @Public
    @Get(uri = "/apps/{+rest}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> app(@PathVariable("rest") String rest) {
        return index();
    }

    @Public
    @Get(uri = "/cluster", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> cluster() {
        return index();
    }

    @Public
    @Get(uri = "/logs", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> logs() {
        return index();
    }

    /** A built file: hashed assets are immutable, the rest (favicon) cached for an hour. */
    @Public
    @Get(uri = "/dashboard/{+path}")
    public MutableHttpResponse<?> file(@PathVariable("path") String path) {
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return notFound();
        }
        Optional<byte[]> bytes = read(ROOT + path);
        if (bytes.isEmpty()) {
            return notFound();
        }
        MediaType type = MediaType.forFilename(path);
        return HttpResponse.ok(bytes.get())
                .contentType(type)
                .header("Cache-Control", path.startsWith("assets/") ? ASSET_CACHE : OTHER_CACHE)
                .header("X-Content-Type-Options", "nosniff");
    }

    private MutableHttpResponse<?> index() {
        Optional<byte[]> html = read(ROOT + "index.html");
        if (html.isEmpty()) {
            return HttpResponse.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN_TYPE)
                    .header("Cache-Control", INDEX_CACHE)
                    .body("The dashboard is not in this build (built with STREAMHUB_WEB_SKIP=true?). "
                            + "The API is at /api/v1 and documented at /api/v1/docs.");
        }
        return HttpResponse.ok(html.get())
                .contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", INDEX_CACHE)
                .header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    private static MutableHttpResponse<?> notFound() {
        return HttpResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN_TYPE).body("not found");
    }

    private Optional<byte[]> read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
