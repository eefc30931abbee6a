#!/usr/bin/env python3
"""A callback receiver for bench/callbacks.sh, on 127.0.0.1:PORT.
POST /fast answers 204 at once and records the event's latency (arrival - envelope ts);
POST /hang never answers until the process ends (a receiver that hangs);
POST /close holds every /fast answer until POST /open (to queue a burst, then time the drain);
GET /stats -> {"count", "distinct", "p50_ms", "p99_ms", "first", "last"}; POST /reset clears.
Usage: callback-receiver.py PORT"""
import json, sys, threading, time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
latencies, ids, arrivals = [], set(), []
forever = threading.Event()
gate = threading.Event()
gate.set()


def parse_ts(ts):
    # 2026-11-21T08:02:52.528491733Z -> seconds; Python parses microseconds at most
    head, _, frac = ts.rstrip("Z").partition(".")
    base = datetime.fromisoformat(head + "+00:00").timestamp()
    return base + (float("0." + frac) if frac else 0.0)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b""):
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        if body:
            self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        now = time.time()
        if self.path == "/hang":
            forever.wait()
            return
        if self.path == "/close":
            gate.clear()
            return self.reply(204)
        if self.path == "/open":
            gate.set()
            return self.reply(204)
        if self.path == "/reset":
            with lock:
                latencies.clear(); ids.clear(); arrivals.clear()
            return self.reply(204)
        envelope = json.loads(body)
        gate.wait()
        now = time.time()
        with lock:
            latencies.append(now - parse_ts(envelope["ts"]))
            ids.add(envelope["id"])
            arrivals.append(now)
        self.reply(204)

    def do_GET(self):
        with lock:
            ordered = sorted(latencies)
            pick = lambda q: round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2) if ordered else None
            stats = {"count": len(latencies), "distinct": len(ids), "p50_ms": pick(0.50), "p99_ms": pick(0.99),
                     "first": min(arrivals) if arrivals else None, "last": max(arrivals) if arrivals else None}
        self.reply(200, json.dumps(stats).encode())


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
