// Issue 9's P2P "done when", in headless Chromium: two viewer pages play the same live HLS stream
// (made by ffmpeg) through the local tracker and the second one receives segments over P2P, asserted
// from the player's own counters; then the kill switch: P2P off for the app → a new viewer's plan has no
// p2p block and the tracker rejects the swarm within seconds.
//
// Runs against the stand-in (scripts/p2p-e2e.sh) or the real core (scripts/p2p-e2e.sh --core URL ...):
//   --base-url URL       StreamHub (or stand-in) base URL serving /play, /player, /hls and the API
//   --data-dir DIR       its DATA_DIR: ffmpeg writes <DIR>/apps/<app>/hls/<room>/index.m3u8 + segments
//   --app A --room R     (default e2e / live1)
//   --flip-state FILE    kill switch by rewriting the stand-in's state file, or
//   --flip-token TOKEN   kill switch by PATCH /api/v1/apps/<app>/config {"distribution":{"p2p":{"enabled":false}}}
//   --artifacts DIR      screenshots and browser logs (default ./target/p2p-e2e)
// Prints one JSON line per step; exit 0 when every assertion holds.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, captureConsole } from '../browser/browser.mjs';
import { mediaPlaylistInfoHash } from '../tracker/swarm-hash.mjs';

const args = Object.fromEntries(
    process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const base = (args['base-url'] || '').replace(/\/+$/, '');
const dataDir = args['data-dir'];
const app = args.app || 'e2e';
const room = args.room || 'live1';
const artifacts = args.artifacts || 'target/p2p-e2e';
if (!base || !dataDir || (!args['flip-state'] && !args['flip-token'])) {
    console.error('usage: p2p-e2e.mjs --base-url URL --data-dir DIR (--flip-state FILE | --flip-token TOKEN) [--app A --room R]');
    process.exit(2);
}
mkdirSync(artifacts, { recursive: true });

const step = (name, detail = {}) => console.log(JSON.stringify({ step: name, t: new Date().toISOString(), ...detail }));
const logs = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, fn, timeoutMs, everyMs = 500) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        last = await fn();
        if (last && last.ok) return last;
        await sleep(everyMs);
    }
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)}`);
}

// ---- live HLS from ffmpeg: 2 s segments, 20 in the playlist (a 40 s window as with the default 4 s x 10), old ones deleted
const hlsDir = join(dataDir, 'apps', app, 'hls', room);
rmSync(hlsDir, { recursive: true, force: true });
mkdirSync(hlsDir, { recursive: true });
const ffmpeg = spawn('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-re',
    '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=25',
    '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-pix_fmt', 'yuv420p',
    '-g', '50', '-keyint_min', '50', '-sc_threshold', '0', '-b:v', '1200k',
    '-c:a', 'aac', '-b:a', '96k',
    '-f', 'hls', '-hls_time', '2', '-hls_list_size', '20',
    '-hls_flags', 'delete_segments+independent_segments+temp_file',
    '-hls_segment_filename', join(hlsDir, 'seg%05d.ts'),
    join(hlsDir, 'index.m3u8'),
], { stdio: ['ignore', 'ignore', 'pipe'] });
ffmpeg.stderr.on('data', (d) => logs.push(`[ffmpeg] ${d}`));

let browser;
let failed = null;
const pages = {};
try {
    await until('12 segments in the live playlist', async () => {
        const f = join(hlsDir, 'index.m3u8');
        const n = existsSync(f) ? (readFileSync(f, 'utf8').match(/#EXTINF/g) || []).length : 0;
        return { ok: n >= 12, segments: n };
    }, 40000);
    step('hls live', { dir: hlsDir });

    browser = await launchChromium();
    const open = async (name) => {
        const ctx = await browser.newContext(); // separate profile per viewer: own storage, own peer
        const page = await ctx.newPage();
        captureConsole(page, name, logs);
        await page.goto(`${base}/play/${app}/${room}?statsMs=1000`);
        pages[name] = page;
        return page;
    };
    const stats = (page) => page.evaluate(() => window.streamhubPlayer && window.streamhubPlayer.stats());
    const planOf = (page) => page.evaluate(() => window.streamhubPlayer && window.streamhubPlayer.plan());

    // ---- viewer 1: HTTP from the origin, seeds the swarm
    const v1 = await open('viewer1');
    const s1 = await until('viewer 1 playing over HTTP', async () => {
        const s = await stats(v1);
        return { ok: s && s.state === 'playing' && s.httpBytes > 0, ...s };
    }, 40000);
    const plan1 = await planOf(v1);
    if (!plan1.p2p || !plan1.p2p.swarmId) throw new Error(`viewer 1's plan has no p2p block: ${JSON.stringify(plan1)}`);
    step('viewer 1 playing', { plan: plan1, stats: s1 });

    // ---- viewer 2: must receive bytes from viewer 1 over WebRTC
    await sleep(4000);
    const v2 = await open('viewer2');
    const s2 = await until('viewer 2 receiving segments over P2P', async () => {
        const s = await stats(v2);
        return { ok: s && s.state === 'playing' && s.p2pBytes > 0, ...s };
    }, 60000, 1000);
    step('viewer 2 got P2P bytes', { stats: s2, viewer1: await stats(v1) });
    await v2.screenshot({ path: join(artifacts, 'viewer2-p2p.png') });

    // ---- the browser SDK (IIFE) plays the same room in a plain page and joins the swarm
    {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        captureConsole(page, 'sdk', logs);
        await page.goto(`${base}/blank.html`);
        await page.addScriptTag({ url: '/sdk/streamhub-adaptor.global.js' });
        await page.evaluate(async ({ app, room }) => {
            const sh = new window.StreamHubAdaptor.StreamHub({ app });
            const video = document.createElement('video');
            video.muted = true;
            document.body.append(video);
            window.__events = [];
            sh.on('playing', (e) => window.__events.push(e));
            window.__playback = await sh.play(room, video, { statsEveryMs: 1000 });
        }, { app, room });
        const sdk = await until('the SDK playing with bytes counted', async () => {
            const r = await page.evaluate(() => ({ events: window.__events, stats: window.__playback.stats() }));
            return { ok: r.events.length > 0 && r.stats.p2p && r.stats.httpBytes + r.stats.p2pBytes > 0, ...r };
        }, 40000);
        step('SDK plays the room', { events: sdk.events, stats: sdk.stats });
        pages.sdk = page;
    }

    // ---- the counters reach StreamHub (contracts §3)
    await v2.evaluate(() => window.streamhubPlayer.flush());
    const standInStats = args['flip-state']
        ? await (await fetch(`${base}/api/v1/apps/${app}/playback/${room}/stats`)).json()
        : null;
    if (standInStats) {
        const mine = standInStats.data[s2.viewerId];
        if (!mine || !(mine.p2pBytes > 0)) throw new Error(`viewer 2's P2P bytes not posted: ${JSON.stringify(standInStats)}`);
        step('stats posted', { viewer2: mine });
    }

    // ---- the tracker admits the swarm's info hash (positive control of the probe below)
    const tracker = plan1.p2p.trackers[0];
    const infoHash = Buffer.from(mediaPlaylistInfoHash(plan1.p2p.swarmId), 'hex').toString('latin1');
    const announce = (page) => page.evaluate(async ({ tracker, infoHash }) => {
        const ws = new WebSocket(tracker);
        const peerId = '-SHE2E-' + Math.random().toString(36).slice(2, 15).padEnd(13, 'x');
        return await new Promise((resolve) => {
            const timer = setTimeout(() => resolve({ timeout: true }), 5000);
            ws.onopen = () => ws.send(JSON.stringify({
                action: 'announce', info_hash: infoHash, peer_id: peerId.slice(0, 20), numwant: 0,
                uploaded: 0, downloaded: 0, left: 0, event: 'started', offers: [],
            }));
            ws.onmessage = (m) => { clearTimeout(timer); ws.close(); resolve(JSON.parse(m.data)); };
            ws.onerror = () => { clearTimeout(timer); resolve({ error: 'websocket error' }); };
        });
    }, { tracker, infoHash });
    const accepted = await announce(v1);
    if (accepted['failure reason'] || accepted.timeout || accepted.error) {
        throw new Error(`tracker refused an allowed swarm: ${JSON.stringify(accepted)}`);
    }
    step('tracker admits the live swarm', { answer: accepted });

    // ---- kill switch
    const flippedAt = Date.now();
    if (args['flip-state']) {
        const st = JSON.parse(readFileSync(args['flip-state'], 'utf8'));
        st.apps[app].p2p = false;
        writeFileSync(args['flip-state'], JSON.stringify(st));
    } else {
        const res = await fetch(`${base}/api/v1/apps/${app}/config`, {
            method: 'PATCH',
            headers: { Authorization: `Bearer ${args['flip-token']}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ distribution: { p2p: { enabled: false } } }),
        });
        if (!res.ok) throw new Error(`PATCH config answered ${res.status}: ${await res.text()}`);
    }
    step('kill switch flipped');

    const rejected = await until('the tracker to reject the swarm', async () => {
        const a = await announce(v1);
        return { ok: !!a['failure reason'], ...a };
    }, 10000, 500);
    step('tracker rejects the swarm', { afterMs: Date.now() - flippedAt, answer: rejected });

    const v3 = await open('viewer3');
    const s3 = await until('viewer 3 playing over HTTP only', async () => {
        const s = await stats(v3);
        return { ok: s && s.state === 'playing' && s.httpBytes > 0, ...s };
    }, 40000);
    const plan3 = await planOf(v3);
    if (plan3.p2p !== null) throw new Error(`viewer 3's plan still has p2p: ${JSON.stringify(plan3.p2p)}`);
    await sleep(3000);
    const s3b = await stats(v3);
    if (s3b.p2pBytes !== 0) throw new Error(`viewer 3 got P2P bytes with P2P off: ${JSON.stringify(s3b)}`);
    step('new viewer plays without P2P', { plan: plan3, stats: s3b });
    await v3.screenshot({ path: join(artifacts, 'viewer3-http.png') });
    step('PASS');
} catch (e) {
    failed = e;
    step('FAIL', { error: e.message });
    for (const [name, page] of Object.entries(pages)) {
        try {
            logs.push(`[${name}] player logs: ${JSON.stringify(await page.evaluate(() => window.streamhubPlayer?.logs()))}`);
            await page.screenshot({ path: join(artifacts, `${name}-failure.png`) });
        } catch {}
    }
} finally {
    writeFileSync(join(artifacts, 'browser.log'), logs.join('\n'));
    if (browser) await browser.close().catch(() => {});
    ffmpeg.kill('SIGTERM');
}
process.exit(failed ? 1 : 0);
