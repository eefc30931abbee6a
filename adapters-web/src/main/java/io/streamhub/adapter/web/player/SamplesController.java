package io.streamhub.adapter.web.player;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.streamhub.adapter.web.security.Public;
import io.streamhub.application.port.in.AppUseCases;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.InvalidInputException;
import io.streamhub.domain.error.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;

/**
 * Sample pages of every app at {@code /samples/<app>/{publish,play,embed,hls-player}.html}, generated from the
 * app's name, using the browser SDK ({@code /sdk/streamhub-adaptor.global.js}); headers of catalog section 4
 * (sandboxing CSP that still allows framing anywhere). Unknown app or page → 404 JSON "sample not found".
 */
@Controller
public class SamplesController {
    private final AppUseCases.GetAppUseCase apps;

    public SamplesController(AppUseCases.GetAppUseCase apps) {
        this.apps = apps;
    }

    @Public
    @Hidden
    @Get(uri = "/samples/{app}/{file}", produces = MediaType.TEXT_HTML)
    public MutableHttpResponse<?> sample(@PathVariable String app, @PathVariable String file) {
        String name;
        try {
            name = apps.get(AppName.parse("app", app)).name().value();
        } catch (NotFoundException | InvalidInputException e) {
            return missing();
        }
        String body = switch (file) {
            case "publish.html" -> publish(name);
            case "play.html" -> play(name, false);
            case "hls-player.html" -> play(name, true);
            case "embed.html" -> embed(name);
            default -> null;
        };
        if (body == null) {
            return missing();
        }
        return HttpResponse.ok(body).contentType(MediaType.TEXT_HTML_TYPE)
                .headers(Map.of(
                        "Access-Control-Allow-Origin", "*",
                        "Cross-Origin-Resource-Policy", "cross-origin",
                        "X-Content-Type-Options", "nosniff",
                        "Referrer-Policy", "no-referrer",
                        "Content-Security-Policy",
                        "sandbox allow-scripts allow-same-origin allow-forms allow-popups allow-modals; frame-ancestors *",
                        "Cache-Control", "no-cache, no-store, must-revalidate"));
    }

    private static MutableHttpResponse<?> missing() {
        return PlayerController.notFound("sample not found");
    }

    private static String page(String app, String title, String body, String script) {
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s · %2$s</title>
                <style>body{font:15px/1.4 system-ui,sans-serif;margin:2em;max-width:60em}video,iframe{width:100%%;aspect-ratio:16/9;background:#000;border:0}
                input,button{font:inherit;padding:.3em .6em}#log{font:12px monospace;white-space:pre-wrap;color:#555}</style>
                </head><body>
                <h1>%2$s <small>(app %1$s)</small></h1>
                %3$s
                <div id="log"></div>
                <script src="/sdk/streamhub-adaptor.global.js"></script>
                <script>
                const APP = %4$s;
                const q = new URLSearchParams(location.search);
                const $ = (id) => document.getElementById(id);
                const log = (m) => { $('log').textContent += new Date().toISOString().slice(11, 19) + ' ' + m + '\\n'; };
                %5$s
                </script></body></html>
                """.formatted(PlayerController.escape(app), title, body, jsString(app), script);
    }

    static String publish(String app) {
        return page(app, "Publish a camera", """
                <p><label>Room <input id="room" value="demo"></label>
                <label>API token <input id="token" type="password" placeholder="sk_…"></label>
                <button id="go">Publish</button> <button id="stop" disabled>Stop</button></p>
                <video id="preview" autoplay muted playsinline></video>
                """, """
                $('room').value = q.get('room') || $('room').value;
                $('token').value = q.get('token') || '';
                let publisher = null;
                $('go').onclick = async () => {
                  const sh = new StreamHubAdaptor.StreamHub({ app: APP, token: $('token').value });
                  ['connected', 'published', 'disconnected', 'error'].forEach((e) => sh.on(e, (d) => log(e + ' ' + JSON.stringify(d))));
                  sh.on('disconnected', () => { $('stop').disabled = true; });
                  try {
                    publisher = await sh.publishCamera($('room').value, { preview: $('preview') });
                    $('stop').disabled = false;
                  } catch (e) { log('error: ' + e.message); }
                };
                $('stop').onclick = async () => { await publisher?.stop(); $('stop').disabled = true; };
                """);
    }

    static String play(String app, boolean hls) {
        return page(app, hls ? "HLS player" : "Play a room", """
                <p><label>Room <input id="room" value="demo"></label> <button id="go">Play</button>
                <span id="stats"></span></p>
                <video id="video" controls autoplay muted playsinline></video>
                """, """
                $('room').value = q.get('room') || $('room').value;
                let playback = null;
                const go = async () => {
                  playback?.stop();
                  const sh = new StreamHubAdaptor.StreamHub({ app: APP, token: q.get('token') || undefined });
                  ['playing', 'viewers', 'disconnected', 'error'].forEach((e) => sh.on(e, (d) => log(e + ' ' + JSON.stringify(d))));
                  try {
                    playback = await sh.play($('room').value, $('video'), %s);
                    log('plan ' + JSON.stringify(playback.plan));
                  } catch (e) { log('error: ' + e.message); }
                };
                setInterval(() => { if (playback) $('stats').textContent = JSON.stringify(playback.stats()); }, 2000);
                $('go').onclick = go;
                if (q.get('room')) go();
                """.formatted(hls ? "{ protocol: 'hls' }" : "{}"));
    }

    static String embed(String app) {
        return page(app, "Embed the player", """
                <p><label>Room <input id="room" value="demo"></label> <button id="go">Show</button></p>
                <iframe id="frame" allow="autoplay; fullscreen" allowfullscreen></iframe>
                <p>Copy this into your page:</p><pre id="snippet"></pre>
                """, """
                const show = () => {
                  const url = location.origin + '/embed/' + encodeURIComponent(APP) + '/' + encodeURIComponent($('room').value);
                  $('frame').src = url;
                  $('snippet').textContent = '<iframe src="' + url + '" allow="autoplay; fullscreen" allowfullscreen width="960" height="540"></iframe>';
                };
                $('room').value = q.get('room') || $('room').value;
                $('go').onclick = show;
                show();
                """);
    }

    /** A JavaScript string literal that is also safe inside a script element. */
    static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
