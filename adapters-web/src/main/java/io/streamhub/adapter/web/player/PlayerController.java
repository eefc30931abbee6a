package io.streamhub.adapter.web.player;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.streamhub.adapter.web.api.ApiError;
import io.streamhub.adapter.web.api.ApiResponse;
import io.streamhub.adapter.web.security.Public;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The public player pages {@code /play/<app>/<room>} and {@code /embed/<app>/<room>} (iframe-able: no
 * X-Frame-Options, no frame-ancestors) and their bundle under {@code /player/**}, built from
 * src/main/web/player into the jar's {@code public/player}. The page itself asks the viewer router for
 * a plan, so access rules live there, not here (docs/player.md). Also serves the browser SDK under
 * {@code /sdk/**} from the same build.
 */
@Controller
public class PlayerController {
    static final String ASSETS = "public/player/";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern ASSET = Pattern.compile("(chunks/)?[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(js|mjs|css|ts|map)");
    private static final Map<String, MediaType> TYPES = Map.of(
            "js", MediaType.of("text/javascript; charset=utf-8"),
            "mjs", MediaType.of("text/javascript; charset=utf-8"),
            "css", MediaType.of("text/css; charset=utf-8"),
            "ts", MediaType.of("text/plain; charset=utf-8"),
            "map", MediaType.APPLICATION_JSON_TYPE);

    private final Map<String, Optional<byte[]>> assets = new ConcurrentHashMap<>();

    @Public
    @Hidden
    @Get(uri = "/play/{app}/{room}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> play(@PathVariable String app, @PathVariable String room) {
        return page(app, room, false);
    }

    @Public
    @Hidden
    @Get(uri = "/embed/{app}/{room}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> embed(@PathVariable String app, @PathVariable String room) {
        return page(app, room, true);
    }

    @Public
    @Hidden
    @Get(uri = "/player/{+path}")
    public MutableHttpResponse<?> asset(@PathVariable String path) {
        return serve(path, path, "player asset not found");
    }

    /** The browser SDK: streamhub-adaptor.global.js (IIFE), streamhub-adaptor.mjs (+ chunks/), streamhub-adaptor.d.ts. */
    @Public
    @Hidden
    @Get(uri = "/sdk/{+path}")
    public MutableHttpResponse<?> sdk(@PathVariable String path) {
        return serve(path, "sdk/" + path, "SDK file not found");
    }

    private MutableHttpResponse<?> serve(String path, String resource, String missing) {
        Optional<byte[]> body = ASSET.matcher(path).matches()
                ? assets.computeIfAbsent(resource, PlayerController::load) : Optional.empty();
        if (body.isEmpty()) {
            return notFound(missing);
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        // chunks carry a content hash in their name; the entry points keep theirs across builds
        String cache = path.startsWith("chunks/") ? "public, max-age=31536000, immutable" : "public, max-age=60";
        return HttpResponse.ok(body.get()).contentType(TYPES.get(ext))
                .header("Cache-Control", cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Access-Control-Allow-Origin", "*")
                .header("Cross-Origin-Resource-Policy", "cross-origin");
    }

    private MutableHttpResponse<?> page(String app, String room, boolean embed) {
        if (!NAME.matcher(app).matches() || !NAME.matcher(room).matches()) {
            return notFound("stream not found");
        }
        if (assets.computeIfAbsent("player.js", PlayerController::load).isEmpty()) {
            return HttpResponse.serverError(ApiResponse.failure(ApiError.of("player_missing",
                    "this build carries no player (built with STREAMHUB_WEB_SKIP=true?)")));
        }
        return HttpResponse.ok(html(app, room, embed)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache, no-store, must-revalidate")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    static String html(String app, String room, boolean embed) {
        String title = escape(app + " / " + room);
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="stylesheet" href="/player/player.css">
                </head><body class="%s">
                <div id="streamhub-player" data-app="%s" data-room="%s"></div>
                <script type="module" src="/player/player.js"></script>
                </body></html>
                """.formatted(title, embed ? "embed" : "play", escape(app), escape(room));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static Optional<byte[]> load(String path) {
        try (InputStream in = PlayerController.class.getClassLoader().getResourceAsStream(ASSETS + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MutableHttpResponse<?> notFound(String message) {
        return HttpResponse.notFound(ApiResponse.failure(ApiError.of("not_found", message)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
