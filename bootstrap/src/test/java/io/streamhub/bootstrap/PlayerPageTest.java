package io.streamhub.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

/** The public player pages and their bundle (built from adapters-web/src/main/web/player by the Maven build). */
@MicronautTest(transactional = false)
class PlayerPageTest extends ApiTestSupport {

    @Test
    void playAndEmbedPagesAreHtmlWithoutFramingRestrictionsAndCarryTheEscapedRoom() {
        for (String kind : new String[] {"play", "embed"}) {
            Reply page = call("GET", "/" + kind + "/alpha/show-1", null, null).expect(200);
            var headers = page.raw().headers();
            assertTrue(headers.firstValue("Content-Type").orElse("").startsWith("text/html"), kind);
            assertTrue(headers.firstValue("X-Frame-Options").isEmpty(), "iframe-able: " + kind);
            assertTrue(headers.allValues("Content-Security-Policy").stream().noneMatch(v -> v.contains("frame-ancestors")), kind);
            assertEquals("no-cache, no-store, must-revalidate", headers.firstValue("Cache-Control").orElse(""));
            String html = page.raw().body();
            assertTrue(html.contains("data-app=\"alpha\" data-room=\"show-1\""), html);
            assertTrue(html.contains("<body class=\"" + kind + "\">"), html);
            assertTrue(html.contains("src=\"/player/player.js\""), html);
        }
    }

    @Test
    void namesThatCannotBeRoomsAre404JsonNotPages() {
        for (String path : new String[] {"/play/alpha/%3Cscript%3E", "/embed/-x/room", "/play/alpha/a%22b"}) {
            Reply reply = call("GET", path, null, null).expect(404);
            assertEquals("not_found", reply.error().get("code"), path);
        }
    }

    @Test
    void bundleIsServedAsJavaScriptAndTraversalOrUnknownAssetsAre404() {
        Reply js = call("GET", "/player/player.js", null, null).expect(200);
        assertTrue(js.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.raw().body().contains("streamhubPlayer"), "the player entry point");
        String chunk = js.raw().body().replaceAll("(?s).*?\"\\./(chunks/[A-Za-z0-9_-]+\\.js)\".*", "$1");
        assertTrue(chunk.startsWith("chunks/"), "player.js imports its chunks: " + chunk);
        Reply lazy = call("GET", "/player/" + chunk, null, null).expect(200);
        assertEquals("public, max-age=31536000, immutable", lazy.raw().headers().firstValue("Cache-Control").orElse(""));
        assertTrue(call("GET", "/player/player.css", null, null).expect(200).raw().headers()
                .firstValue("Content-Type").orElse("").startsWith("text/css"));
        for (String path : new String[] {"/player/nope.js", "/player/..%2Fapplication.yml", "/player/chunks/..%2F..%2Flogback.xml",
                "/player/../logback.xml"}) {
            assertEquals(404, call("GET", path, null, null).status(), path);
        }
    }

    @Test
    void sdkIsServedAsIifeEsmAndTypes() {
        Reply global = call("GET", "/sdk/streamhub-adaptor.global.js", null, null).expect(200);
        assertTrue(global.raw().body().startsWith("\"use strict\";var StreamHubAdaptor=(()=>{"), "an IIFE assigning the global");
        assertEquals("*", global.raw().headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(call("GET", "/sdk/streamhub-adaptor.mjs", null, null).expect(200).raw().body().contains("export"));
        Reply types = call("GET", "/sdk/streamhub-adaptor.d.ts", null, null).expect(200);
        assertTrue(types.raw().body().contains("export declare class StreamHub"));
        assertEquals(404, call("GET", "/sdk/nope.js", null, null).status());
    }

    @Test
    void samplePagesOfAnAppCarryTheSandboxingHeadersAndUnknownOnesAre404() {
        assertEquals(201, call("POST", "/api/v1/apps", adminJwt(), "{\"name\":\"samples1\"}").status());
        for (String file : new String[] {"publish.html", "play.html", "embed.html", "hls-player.html"}) {
            Reply page = call("GET", "/samples/samples1/" + file, null, null).expect(200);
            var h = page.raw().headers();
            assertTrue(h.firstValue("Content-Type").orElse("").startsWith("text/html"), file);
            assertEquals("sandbox allow-scripts allow-same-origin allow-forms allow-popups allow-modals; frame-ancestors *",
                    h.firstValue("Content-Security-Policy").orElse(""), file);
            assertEquals("no-cache, no-store, must-revalidate", h.firstValue("Cache-Control").orElse(""), file);
            assertEquals("*", h.firstValue("Access-Control-Allow-Origin").orElse(""), file);
            assertEquals("cross-origin", h.firstValue("Cross-Origin-Resource-Policy").orElse(""), file);
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), file);
            assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""), file);
            assertTrue(page.raw().body().contains("const APP = \"samples1\";"), file);
            assertTrue(page.raw().body().contains("/sdk/streamhub-adaptor.global.js"), file);
        }
        for (String path : new String[] {"/samples/samples1/other.html", "/samples/no-such-app/play.html", "/samples/BAD%20NAME/play.html"}) {
            Reply reply = call("GET", path, null, null).expect(404);
            assertEquals("sample not found", reply.error().get("message"), path);
        }
    }
}
