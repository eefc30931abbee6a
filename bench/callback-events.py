#!/usr/bin/env python3
"""Posts N signed LiveKit track_published webhooks (distinct publishers, so each starts a stream)
for room ROOM to the core on 127.0.0.1:PORT, RATE per second (0: as fast as THREADS allow).
Prints {"posted", "seconds", "start"}. Usage: callback-events.py PORT KEY SECRET ROOM N RATE [THREADS]"""
import http.client, json, os, sys, threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lkwebhook import sign  # noqa: E402

port, key, secret, room, n, rate = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), float(sys.argv[6])
threads = int(sys.argv[7]) if len(sys.argv) > 7 else 4
run = str(int(time.time() * 1000))


def body(i):
    return json.dumps({"event": "track_published", "id": f"EV_{run}_{i}", "createdAt": str(int(time.time())),
                       "room": {"name": room, "sid": "RM_1"},
                       "participant": {"identity": f"p{run}-{i}", "sid": f"PA_{i}",
                                       "tracks": [{"sid": f"TR_{i}", "type": "VIDEO"}]},
                       "track": {"sid": f"TR_{i}", "type": "VIDEO"}}).encode()


def worker(indices, start):
    conn = http.client.HTTPConnection("127.0.0.1", int(port))
    for i in indices:
        if rate > 0:
            delay = start + i / rate - time.time()
            if delay > 0:
                time.sleep(delay)
        b = body(i)
        conn.request("POST", "/api/v1/webhooks/livekit", b,
                     {"Content-Type": "application/webhook+json", "Authorization": sign(key, secret, b)})
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            raise SystemExit(f"webhook answered {r.status}")


start = time.time()
pool = [threading.Thread(target=worker, args=(range(t, n, threads), start)) for t in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
print(json.dumps({"posted": n, "seconds": round(time.time() - start, 3), "start": start}))
