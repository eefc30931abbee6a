"""A stand-in upstream for the proxy test, on loopback: answers /hls/ with the core's HLS headers
(catalog section 4), a WebSocket upgrade on /rtc with 101, and echoes the request headers as JSON
anywhere else, so the test sees exactly what the proxy forwarded. Usage: upstream_stub.py PORT"""
import base64, hashlib, json, sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HLS = {".m3u8": "no-cache, no-store, must-revalidate", ".ts": "public, max-age=31536000, immutable"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.startswith("/rtc") and self.headers.get("Upgrade", "").lower() == "websocket":
            accept = base64.b64encode(hashlib.sha1((self.headers["Sec-WebSocket-Key"]
                                                    + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").encode()).digest()).decode()
            self.send_response(101)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.send_header("Sec-WebSocket-Accept", accept)
            self.send_header("X-Seen-Forwarded-For", self.headers.get("X-Forwarded-For", ""))
            self.end_headers()
            self.wfile.flush()
            self.close_connection = True
            return
        body, ctype, extra = json.dumps(dict(self.headers.items())).encode(), "application/json", {}
        for suffix, cache in HLS.items():
            if self.path.startswith("/hls/") and self.path.endswith(suffix):
                body, ctype = b"#EXTM3U\n" if suffix == ".m3u8" else b"\x47" * 188, "application/octet-stream"
                extra = {"Cache-Control": cache, "Access-Control-Allow-Origin": "*",
                         "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Allow-Headers": "*"}
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
