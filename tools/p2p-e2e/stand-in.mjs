// A tiny stand-in for the StreamHub core, enough for the P2P browser e2e to run on a branch without the
// real viewer router / swarm list / HLS origin (contracts §1, §3, §4, §5). It answers from a JSON state
// file re-read on every request, so a test flips the kill switch by rewriting the file:
//
//   {"apps": {"<app>": {"p2p": true, "public": true}}, "trackers": ["ws://127.0.0.1:8000"], "stun": []}
//
// Routes (same shapes, headers and status codes as the core):
//   GET  /api/v1/apps/{app}/playback/{room}          plan: hls (origin URL) + p2p block when enabled
//   POST /api/v1/apps/{app}/playback/{room}/stats    202; keeps the max per viewer (GET …/stats shows them)
//   GET  /api/v1/p2p/swarms                          Bearer STREAMHUB_TRACKER_SECRET; live rooms of P2P apps
//   POST /api/v1/apps/{app}/tokens                   LiveKit join token (state: "livekit": {url, key, secret})
// An app with "protocol": "webrtc" gets WebRTC plans (always live) with a viewer token.
//   GET  /hls/{app}/{room}/{file}                    from <DATA_DIR>/apps/<app>/hls/<room>/ (hls headers)
//   GET  /play/{app}/{room}, /player/**, /sdk/**     the player page, bundle and SDK (PLAYER_DIST)
//   GET  /blank.html                                 an empty same-origin page (SDK tests load the SDK into it)
//
// Environment: STANDIN_PORT (default 0 = any; the chosen URL is printed as {"listening":URL}),
// STANDIN_STATE (state file), DATA_DIR, PLAYER_DIST, STREAMHUB_TRACKER_SECRET, SWARM_PREFIX (streamhub).
import { createServer } from 'node:http';
import { readFileSync, statSync, createReadStream, existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { createHmac, randomUUID } from 'node:crypto';

const port = parseInt(process.env.STANDIN_PORT || '0', 10);
const stateFile = process.env.STANDIN_STATE;
const dataDir = process.env.DATA_DIR;
const playerDist = process.env.PLAYER_DIST;
const secret = process.env.STREAMHUB_TRACKER_SECRET || '';
const prefix = process.env.SWARM_PREFIX || 'streamhub';
if (!stateFile || !dataDir || !playerDist) {
    console.error('stand-in: STANDIN_STATE, DATA_DIR and PLAYER_DIST are required');
    process.exit(2);
}

const stats = new Map(); // `${app}/${room}` -> Map(viewerId -> {p2pBytes, httpBytes})
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const state = () => JSON.parse(readFileSync(stateFile, 'utf8'));
const hlsDir = (app, room) => join(dataDir, 'apps', app, 'hls', room);
const isLive = (app, room) => {
    try {
        return Date.now() - statSync(join(hlsDir(app, room), 'index.m3u8')).mtimeMs < 15000;
    } catch {
        return false;
    }
};

function json(res, status, data, error = null, headers = {}) {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify({ data, error }));
}
const notFound = (res, message) => json(res, 404, null, { code: 'not_found', message });

function readBody(req) {
    return new Promise((resolve, reject) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => resolve(body));
        req.on('error', reject);
    });
}

// A LiveKit access token (HS256), as the core mints them (livekit section of the state file: url, key, secret).
function livekitToken(lk, room, identity, canPublish) {
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
        iss: lk.key, sub: identity, name: identity, nbf: now - 5, exp: now + 3600,
        video: { room, roomJoin: true, canPublish, canSubscribe: !canPublish, canPublishData: true },
    })}`;
    return `${body}.${createHmac('sha256', lk.secret).update(body).digest('base64url')}`;
}

function plan(base, app, room) {
    const s = state();
    const cfg = s.apps?.[app];
    if (cfg?.protocol === 'webrtc') {
        return {
            app, room, mode: 'edge', protocol: 'webrtc', reason: 'stand-in: webrtc', live: true,
            webrtc: { wsUrl: s.livekit.url, token: livekitToken(s.livekit, room, `viewer-${randomUUID().slice(0, 8)}`, false), nodeId: 'n1' },
            hls: null, p2p: null,
        };
    }
    const p2p = cfg?.p2p === true;
    return {
        app,
        room,
        mode: p2p ? 'p2p' : 'cdn',
        protocol: 'hls',
        reason: p2p ? 'stand-in: hls with p2p' : 'stand-in: hls, p2p off',
        live: isLive(app, room),
        webrtc: null,
        hls: { url: `${base}/hls/${app}/${room}/index.m3u8`, provider: 'none' },
        p2p: p2p ? { trackers: s.trackers, swarmId: `${prefix}/${app}/${room}`, stun: s.stun || [], maxPeers: 10 } : null,
    };
}

function swarms() {
    const s = state();
    const out = [];
    for (const [app, cfg] of Object.entries(s.apps || {})) {
        if (cfg.p2p !== true) continue;
        const dir = join(dataDir, 'apps', app, 'hls');
        if (!existsSync(dir)) continue;
        for (const room of readdirSafe(dir)) if (isLive(app, room)) out.push(`${prefix}/${app}/${room}`);
    }
    return out;
}

import { readdirSync } from 'node:fs';
function readdirSafe(dir) {
    try {
        return readdirSync(dir);
    } catch {
        return [];
    }
}

function sendFile(res, file, headers) {
    let st;
    try {
        st = statSync(file);
    } catch {
        return false;
    }
    if (!st.isFile()) return false;
    res.writeHead(200, { 'Content-Length': st.size, ...headers });
    createReadStream(file).pipe(res);
    return true;
}

const HLS_CORS = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
    'Access-Control-Allow-Headers': '*',
};

const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const base = `http://${req.headers.host}`;
    const p = url.pathname.split('/').map(decodeURIComponent);
    try {
        // /api/v1/apps/{app}/playback/{room}[/stats]
        if (p[1] === 'api' && p[3] === 'apps' && p[5] === 'playback' && p[6]) {
            const [app, room] = [p[4], p[6]];
            if (!state().apps?.[app] || !NAME.test(room)) return notFound(res, `no app or room ${app}/${room}`);
            if (p.length === 7 && req.method === 'GET') return json(res, 200, plan(base, app, room));
            if (p[7] === 'stats' && req.method === 'POST') {
                const b = JSON.parse(await readBody(req));
                if (typeof b.viewerId !== 'string' || !b.viewerId || b.viewerId.length > 64) {
                    return json(res, 400, null, { code: 'invalid_input', message: 'viewerId', field: 'viewerId' });
                }
                const key = `${app}/${room}`;
                if (!stats.has(key)) stats.set(key, new Map());
                const prev = stats.get(key).get(b.viewerId) || { p2pBytes: 0, httpBytes: 0 };
                stats.get(key).set(b.viewerId, {
                    p2pBytes: Math.max(prev.p2pBytes, Number(b.p2pBytes) || 0),
                    httpBytes: Math.max(prev.httpBytes, Number(b.httpBytes) || 0),
                });
                return json(res, 202, null);
            }
            if (p[7] === 'stats' && req.method === 'GET') {
                return json(res, 200, Object.fromEntries(stats.get(`${app}/${room}`) || []));
            }
        }
        // POST /api/v1/apps/{app}/tokens {room, identity?, canPublish?}: a LiveKit join token
        if (p[1] === 'api' && p[3] === 'apps' && p[5] === 'tokens' && p.length === 6 && req.method === 'POST') {
            const s = state();
            if (!s.apps?.[p[4]] || !s.livekit) return notFound(res, `no app ${p[4]}`);
            const b = JSON.parse(await readBody(req));
            const identity = b.identity || `pub-${randomUUID().slice(0, 8)}`;
            const canPublish = b.canPublish !== false;
            return json(res, 200, {
                token: livekitToken(s.livekit, b.room, identity, canPublish), wsUrl: s.livekit.url, app: p[4], room: b.room,
                identity, canPublish, canSubscribe: !canPublish, ttlSeconds: 3600,
            });
        }
        if (url.pathname === '/api/v1/p2p/swarms' && req.method === 'GET') {
            if (!secret) return notFound(res, 'not found');
            if (req.headers.authorization !== `Bearer ${secret}`) {
                return json(res, 401, null, { code: 'unauthorized', message: 'bad tracker secret' });
            }
            return json(res, 200, { swarms: swarms(), ttlSeconds: 2 });
        }
        if (p[1] === 'hls' && p.length === 5) {
            const [app, room, file] = [p[2], p[3], p[4]];
            if (req.method === 'OPTIONS') {
                res.writeHead(204, HLS_CORS);
                return res.end();
            }
            if (NAME.test(app) && NAME.test(room) && /^[A-Za-z0-9._-]+\.(m3u8|ts|m4s|mp4)$/.test(file) && !file.includes('..')) {
                const playlist = file.endsWith('.m3u8');
                const ok = sendFile(res, join(hlsDir(app, room), file), {
                    ...HLS_CORS,
                    'Content-Type': playlist ? 'application/vnd.apple.mpegurl' : file.endsWith('.ts') ? 'video/mp2t' : 'video/mp4',
                    'Cache-Control': playlist ? 'no-cache, no-store, must-revalidate' : 'public, max-age=31536000, immutable',
                });
                if (ok) return;
            }
            return notFound(res, 'HLS resource not found');
        }
        if ((p[1] === 'play' || p[1] === 'embed') && p.length === 4 && NAME.test(p[2]) && NAME.test(p[3])) {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
            return res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${p[2]} / ${p[3]}</title>
<link rel="stylesheet" href="/player/player.css"></head><body class="${p[1]}">
<div id="streamhub-player" data-app="${p[2]}" data-room="${p[3]}"></div>
<script type="module" src="/player/player.js"></script></body></html>`);
        }
        if (p[1] === 'player' || p[1] === 'sdk') {
            const rel = normalize(p.slice(2).join('/'));
            if (!rel.startsWith('..') && /\.(m?js|css)$/.test(rel)) {
                const type = rel.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8';
                const dir = p[1] === 'sdk' ? join(playerDist, 'sdk') : playerDist;
                if (sendFile(res, join(dir, rel), { 'Content-Type': type })) return;
            }
            return notFound(res, 'player asset not found');
        }
        if (url.pathname === '/blank.html') {
            res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
            return res.end('<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
        }
        return notFound(res, 'not found');
    } catch (e) {
        return json(res, 500, null, { code: 'internal', message: String(e.message) });
    }
});

server.listen(port, '127.0.0.1', () => {
    console.log(JSON.stringify({ listening: `http://127.0.0.1:${server.address().port}` }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
