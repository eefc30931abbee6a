// StreamHub's WebTorrent tracker sidecar (see docs/p2p.md): the npm bittorrent-tracker server,
// WebSocket only, admitting only the info hashes of swarms the core lists as allowed right now.
//
// Environment:
//   STREAMHUB_TRACKER_HOST      bind address (default 127.0.0.1)
//   STREAMHUB_TRACKER_PORT      port (default 8000)
//   STREAMHUB_CORE_URL          core base URL polled for the allow-list (default http://127.0.0.1:3020)
//   STREAMHUB_TRACKER_SECRET    shared secret, sent as Bearer to GET /api/v1/p2p/swarms (required)
//   STREAMHUB_TRACKER_POLL_MS   poll period (default 1000)
//   STREAMHUB_TRACKER_STALE_MS  fail closed after this long without an answer (default 6000)
//   STREAMHUB_TRACKER_INTERVAL_MS  re-announce interval told to clients (default 15000)
// Plain HTTP on the same port: GET /health → {"status":"ok",swarms,...}; everything else but the
// WebSocket upgrade is 404. Logs one line per event on stderr.
// The server entry only: the package root also loads the WebRTC client (node-datachannel, not installed).
import Server from 'bittorrent-tracker/server';
import { AllowList } from './allow-list.mjs';

const host = process.env.STREAMHUB_TRACKER_HOST || '127.0.0.1';
const port = parseInt(process.env.STREAMHUB_TRACKER_PORT || '8000', 10);
const coreUrl = process.env.STREAMHUB_CORE_URL || 'http://127.0.0.1:3020';
const secret = process.env.STREAMHUB_TRACKER_SECRET;
if (!secret) {
    console.error('tracker: STREAMHUB_TRACKER_SECRET is required');
    process.exit(2);
}

const log = (msg) => console.error(`${new Date().toISOString()} tracker: ${msg}`);
let announcesRejected = 0;
let announcesAccepted = 0;

const allow = new AllowList({
    coreUrl,
    secret,
    hlsBaseUrl: process.env.STREAMHUB_TRACKER_HLS_BASE_URL,
    pollMs: parseInt(process.env.STREAMHUB_TRACKER_POLL_MS || '1000', 10),
    staleMs: parseInt(process.env.STREAMHUB_TRACKER_STALE_MS || '6000', 10),
    log,
    // Kill switch: forget the swarm, so peers already in it get no more offers from anyone.
    onRevoke: (hashes) => {
        for (const h of hashes) delete server.torrents[h];
    },
});

const server = new Server({
    http: false,
    udp: false,
    ws: true,
    stats: false,
    trustProxy: false,
    interval: parseInt(process.env.STREAMHUB_TRACKER_INTERVAL_MS || '15000', 10),
    filter: (infoHash, params, cb) => {
        if (allow.isAllowed(infoHash)) {
            announcesAccepted++;
            cb(null);
        } else {
            announcesRejected++;
            cb(new Error('swarm not allowed'));
        }
    },
});

// Our handler runs before the library's 404 (it is added on the next tick).
server.http.on('request', (req, res) => {
    if (req.method === 'GET' && req.url.split('?')[0] === '/health') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ status: 'ok', announcesAccepted, announcesRejected, ...allow.status() }));
    }
});

server.on('error', (err) => log(`error: ${err.message}`));
server.on('warning', (err) => log(`warning: ${err.message}`));
server.on('listening', () => {
    log(`listening on ws://${host}:${port} (allow-list from ${coreUrl})`);
    allow.start();
});

const shutdown = (signal) => {
    log(`${signal}: closing`);
    allow.stop();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

server.listen(port, host);
