// The player's WebRTC path and the SDK's publish path in headless Chromium against a real livekit-server:
// a page publishes its fake camera with the SDK (StreamHub join token → livekit-client), the /play page of the
// same room gets a WebRTC plan, shows the picture (video frames decoded) and the viewer count.
//   --base-url URL   StreamHub or the stand-in (an app whose plans are WebRTC)
//   --app A --room R --artifacts DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, captureConsole } from '../browser/browser.mjs';

const args = Object.fromEntries(
    process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const base = (args['base-url'] || '').replace(/\/+$/, '');
const app = args.app || 'rtc';
const room = args.room || 'stage1';
const artifacts = args.artifacts || 'target/player-e2e';
if (!base) {
    console.error('usage: webrtc-e2e.mjs --base-url URL [--app A --room R --artifacts DIR]');
    process.exit(2);
}
mkdirSync(artifacts, { recursive: true });
const step = (name, detail = {}) => console.log(JSON.stringify({ step: name, t: new Date().toISOString(), ...detail }));
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

const logs = [];
const pages = {};
let browser;
let failed = null;
try {
    browser = await launchChromium();
    // ---- publisher: the SDK's IIFE in a plain page, fake camera
    const pub = await (await browser.newContext()).newPage();
    captureConsole(pub, 'publisher', logs);
    pages.publisher = pub;
    await pub.goto(`${base}/blank.html`);
    await pub.addScriptTag({ url: '/sdk/streamhub-adaptor.global.js' });
    await pub.evaluate(async ({ app, room }) => {
        const sh = new window.StreamHubAdaptor.StreamHub({ app, token: 'stand-in-accepts-any' });
        window.__events = [];
        for (const e of ['connected', 'published', 'disconnected', 'error']) sh.on(e, (d) => window.__events.push({ e, ...d }));
        const preview = document.createElement('video');
        preview.muted = true;
        document.body.append(preview);
        window.__publisher = await sh.publishCamera(room, { preview, identity: 'camera-1' });
    }, { app, room });
    const published = await until('the SDK to publish the camera', async () => {
        const events = await pub.evaluate(() => window.__events);
        return { ok: events.some((x) => x.e === 'published' && x.kind === 'video'), events };
    }, 20000);
    step('SDK published the camera', { events: published.events });

    // ---- viewer: the /play page gets a WebRTC plan and shows the picture
    const viewer = await (await browser.newContext()).newPage();
    captureConsole(viewer, 'viewer', logs);
    pages.viewer = viewer;
    await viewer.goto(`${base}/play/${app}/${room}`);
    const playing = await until('the viewer to show frames and a viewer count', async () => {
        const r = await viewer.evaluate(() => {
            const v = document.querySelector('#streamhub-player video');
            return {
                stats: window.streamhubPlayer && window.streamhubPlayer.stats(),
                width: v ? v.videoWidth : 0,
                frames: v && v.getVideoPlaybackQuality ? v.getVideoPlaybackQuality().totalVideoFrames : 0,
                badge: document.querySelector('.sh-badge')?.textContent || '',
            };
        });
        return {
            ok: r.stats?.state === 'playing' && r.stats.protocol === 'webrtc' && r.width > 0 && r.frames > 5 && r.stats.viewers === 1,
            ...r,
        };
    }, 30000);
    step('viewer plays over WebRTC', playing);
    if (!/watching/.test(playing.badge)) throw new Error(`no viewer count on the badge: ${playing.badge}`);
    await viewer.screenshot({ path: join(artifacts, 'webrtc-viewer.png') });
    await pub.evaluate(() => window.__publisher.stop());
    step('PASS');
} catch (e) {
    failed = e;
    step('FAIL', { error: e.message });
    for (const [name, page] of Object.entries(pages)) {
        try {
            await page.screenshot({ path: join(artifacts, `${name}-failure.png`) });
        } catch {}
    }
} finally {
    writeFileSync(join(artifacts, 'browser.log'), logs.join('\n'));
    if (browser) await browser.close().catch(() => {});
}
process.exit(failed ? 1 : 0);
