// End-to-end test of the dashboard in headless Chromium against a running StreamHub core, driven through the
// shared harness tools/browser (Debian chromium + playwright-core, launchChromium: the flags of issue 7 and fake
// media devices). Started by scripts/dashboard-e2e.sh, which starts Redis, LiveKit and the real jar first.
//
// The journey of issue 7: log in, create an app, create an ingress and read its stream key, publish the fake
// camera from the app's sample publish page (/samples/<app>/publish.html), see the stream live in the
// dashboard, open the player (/play/<app>/<room>) and see the viewer count, mute and kick from the dashboard,
// drain a node on the cluster page; plus every page's screenshot, errors in words and the event cost estimator.
//
// Env: STREAMHUB_URL (http://127.0.0.1:13020), ADMIN_USER, ADMIN_PASS, STREAMHUB_CLUSTER_TOKEN,
//      STREAMHUB_CHROMIUM (/usr/bin/chromium), E2E_OUT (screenshots + results.json; default ../../../../target/dashboard-e2e)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, captureConsole } from '../../../../../../tools/browser/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASE = process.env.STREAMHUB_URL ?? 'http://127.0.0.1:13020';
const USER = process.env.ADMIN_USER ?? 'admin';
const PASS = process.env.ADMIN_PASS ?? '';
const CLUSTER_TOKEN = process.env.STREAMHUB_CLUSTER_TOKEN ?? '';
const OUT = path.resolve(process.env.E2E_OUT ?? path.join(here, '../../../../../target/dashboard-e2e'));
const APP = `e2e${Date.now().toString(36)}`;
fs.mkdirSync(OUT, { recursive: true });

const results = { base: BASE, app: APP, steps: [], screenshots: [] };
const browserLogs = []; // console lines of the publish and play pages, kept in browser.log
let failures = 0;
let current = null; // the page a failing step leaves a screenshot of

function log(...words) {
  console.log('[dashboard-e2e]', ...words);
}

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.steps.push({ name, ok: true, ms: Date.now() - started });
    log('ok  ', name);
  } catch (e) {
    failures++;
    results.steps.push({ name, ok: false, ms: Date.now() - started, error: String(e?.stack ?? e) });
    log('FAIL', name, '\n', e?.stack ?? e);
    if (current) {
      const file = path.join(OUT, `FAILED-${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
      await current.screenshot({ path: file, fullPage: true }).catch(() => {});
    }
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

async function shot(page, name, options = {}) {
  const file = path.join(OUT, `${String(results.screenshots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.waitForTimeout(250); // let transitions settle
  await page.screenshot({ path: file, fullPage: true, ...options });
  results.screenshots.push(path.relative(OUT, file));
}

async function apiCall(method, url, token, body, headers = {}) {
  const response = await fetch(BASE + url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => null);
  return { status: response.status, json };
}

const browser = await launchChromium();

try {
  // 1. first load of / on loopback, cold cache (a fresh browser context each time): until the login form is
  //    usable. Five runs; the median must stay under 1 s (the machine is shared, single runs are noisy).
  await step('first load of / under 1 s (cold cache, median of 5)', async () => {
    // warm the server once (a JVM that has just started compiles its first request paths); browsers stay cold
    for (const url of ['/', '/login']) await fetch(BASE + url).then((r) => r.text());
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${BASE}/`);
      await page.locator('input[name=user]').waitFor();
      const interactiveMs = Date.now() - t0;
      const nav = await page.evaluate(() => {
        const n = performance.getEntriesByType('navigation')[0];
        const transferred = performance.getEntriesByType('resource').reduce((sum, r) => sum + (r.transferSize || 0), 0);
        return { domContentLoadedMs: Math.round(n.domContentLoadedEventEnd), loadMs: Math.round(n.loadEventEnd),
          transferredBytes: transferred + (n.transferSize || 0) };
      });
      runs.push({ interactiveMs, ...nav });
      if (i === 0) {
        assert(page.url().includes('/login?next=%2F'), `an anonymous visit lands on the login: ${page.url()}`);
        await shot(page, 'login');
      }
      await context.close();
    }
    const sorted = runs.map((r) => r.interactiveMs).sort((a, b) => a - b);
    results.firstLoad = { medianInteractiveMs: sorted[2], loadAverage: os.loadavg().map((l) => l.toFixed(1)), runs };
    assert(sorted[2] < 1000, `median first load took ${sorted[2]} ms`);
  });

  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' });
  const page = await context.newPage();
  current = page;
  page.on('pageerror', (e) => log('page error:', e.message));

  await step('a wrong password is refused in words', async () => {
    await page.goto(`${BASE}/login`);
    await page.fill('input[name=user]', USER);
    await page.fill('input[name=password]', 'not-the-password');
    await page.click('button[type=submit]');
    const alert = page.getByTestId('api-error');
    await alert.waitFor();
    const text = await alert.innerText();
    assert(/HTTP 401/.test(text), `the error names the status: ${text}`);
    await shot(page, 'login-refused');
  });

  await step('log in and see the overview', async () => {
    await page.fill('input[name=password]', PASS);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByText('Live streams').first().waitFor();
    await page.getByTestId('stat-apps').waitFor();
    await shot(page, 'overview');
  });

  let token;
  await step('create an app from the apps page', async () => {
    token = await page.evaluate(() => localStorage.getItem('streamhub.session'));
    assert(token, 'the session token is kept');
    await page.getByRole('link', { name: 'Apps' }).click();
    await page.getByRole('heading', { name: 'Apps' }).waitFor();
    await page.getByRole('button', { name: 'Create app' }).click();
    await page.fill('input[name=name]', 'Bad Name!');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const error = page.getByRole('dialog').getByTestId('api-error');
    await error.waitFor();
    const words = await error.innerText();
    assert(/field "name"/.test(words), `the refusal names the field: ${words}`);
    await shot(page, 'apps-create-refused');
    await page.fill('input[name=name]', APP);
    await page.fill('input[name=displayName]', 'E2E show');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.waitForURL(`**/apps/${APP}`);
    await page.getByRole('heading', { name: 'E2E show' }).waitFor();
    const check = await apiCall('GET', `/api/v1/apps/${APP}`, token);
    assert(check.status === 200 && check.json.data.displayName === 'E2E show', `app exists: ${JSON.stringify(check)}`);
    await page.getByTestId('empty').first().waitFor();
    await shot(page, 'app-live-empty');
  });

  await step('apps list shows the new app', async () => {
    await page.goto(`${BASE}/apps`);
    await page.getByRole('link', { name: APP }).waitFor();
    await shot(page, 'apps');
  });

  await step('create an ingress and read its stream key', async () => {
    await page.goto(`${BASE}/apps/${APP}/ingress`);
    await page.getByTestId('empty').waitFor();
    await page.getByRole('button', { name: 'Create ingress' }).click();
    await page.fill('input[name=room]', 'stage');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const key = page.getByTestId('stream-key');
    await key.waitFor({ timeout: 15000 });
    const streamKey = await key.inputValue();
    const rtmp = await page.getByTestId('rtmp-full-url').inputValue();
    const listed = await apiCall('GET', `/api/v1/apps/${APP}/ingress`, token);
    const mine = listed.json.data.find((i) => i.streamKey === streamKey);
    assert(streamKey.length >= 8 && mine, `the shown key is the ingress's key: ${streamKey}`);
    assert(rtmp.endsWith(`/${streamKey}`), `the RTMP URL carries the key: ${rtmp}`);
    results.ingress = { ingressId: mine.ingressId, rtmpUrl: rtmp.replace(streamKey, '<key>') };
    await shot(page, 'ingress-created');
    await page.keyboard.press('Escape');
    await page.getByRole('cell', { name: mine.roomName }).waitFor();
    await shot(page, 'ingress');
  });


  // The app's API token, issued on the tokens tab (shown once): the sample publish page and the player need it
  // (the app's playback is not public).
  let apiToken;
  await step('issue an app API token (shown once)', async () => {
    await page.goto(`${BASE}/apps/${APP}/tokens`);
    await page.getByTestId('empty').waitFor();
    await page.getByRole('button', { name: 'Issue token' }).click();
    await page.fill('input[name=tokenName]', 'e2e-token');
    await page.getByRole('button', { name: 'Issue', exact: true }).click();
    apiToken = await page.getByTestId('issued-token').inputValue();
    assert(apiToken.startsWith('sk_'), `an sk_ token is shown: ${apiToken.slice(0, 3)}`);
    await shot(page, 'app-token-issued');
    await page.keyboard.press('Escape');
    await page.getByRole('cell', { name: 'e2e-token' }).waitFor();
    await shot(page, 'app-tokens');
  });

  // The fake camera published from the app's sample publish page; the stream seen live in the dashboard; the
  // player page opened and its viewer counted in the dashboard; then mute and kick from the dashboard.
  const ROOM = 'cam';
  let publisher;
  let identity;
  await step('publish the fake camera from the sample publish page', async () => {
    publisher = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    captureConsole(publisher, 'publish.html', browserLogs);
    await publisher.goto(`${BASE}/samples/${APP}/publish.html?room=${ROOM}&token=${encodeURIComponent(apiToken)}`);
    await publisher.getByRole('heading', { name: /Publish a camera/ }).waitFor();
    await publisher.click('#go');
    await publisher.waitForFunction(() => /published \{"room":"cam","kind":"video"\}/.test(document.getElementById('log').textContent),
      null, { timeout: 30000 });
    const log = await publisher.locator('#log').innerText();
    identity = JSON.parse(/connected (\{.*\})/.exec(log)[1]).identity;
    assert(identity, `the page says who published: ${log}`);
    // the preview shows the fake camera's frames
    await publisher.waitForFunction(() => {
      const v = document.getElementById('preview');
      return v.videoWidth > 0 && v.getVideoPlaybackQuality().totalVideoFrames > 5;
    }, null, { timeout: 15000 });
    results.publisher = { identity };
    await shot(publisher, 'sample-publish-page');
  });

  let roomFull;
  await step('the stream appears live in the dashboard', async () => {
    await page.goto(`${BASE}/apps/${APP}/live`);
    const row = page.getByTestId('streams-table').getByRole('row').filter({ hasText: identity });
    await row.waitFor({ timeout: 30000 });
    const rooms = await apiCall('GET', `/api/v1/apps/${APP}/rooms`, token);
    roomFull = rooms.json.data.find((r) => r.name.endsWith(ROOM)).name;
    await row.getByTestId('viewers').filter({ hasText: /^0$/ }).waitFor({ timeout: 15000 });
    await shot(page, 'live-stream-no-viewer');
  });

  let player;
  await step('open the play page: the picture plays and the dashboard counts the viewer', async () => {
    player = await (await browser.newContext({ viewport: { width: 1100, height: 700 } })).newPage();
    captureConsole(player, 'play', browserLogs);
    await player.goto(`${BASE}/play/${APP}/${ROOM}?token=${encodeURIComponent(apiToken)}`);
    const playing = await player.waitForFunction(() => {
      const stats = window.streamhubPlayer?.stats();
      const v = document.querySelector('#streamhub-player video');
      const badge = document.querySelector('.sh-badge')?.textContent ?? '';
      const frames = v?.getVideoPlaybackQuality ? v.getVideoPlaybackQuality().totalVideoFrames : 0;
      return stats?.state === 'playing' && v?.videoWidth > 0 && frames > 5 && /1 watching/.test(badge)
        && { protocol: stats.protocol, viewers: stats.viewers, width: v.videoWidth, frames, badge };
    }, null, { timeout: 40000, polling: 500 });
    results.player = await playing.jsonValue();
    await shot(player, 'play-page');
    // the dashboard: the stream with its viewer, the room with both people in it (exact counts, issue 7 (d))
    await page.goto(`${BASE}/apps/${APP}/live`);
    const row = page.getByTestId('streams-table').getByRole('row').filter({ hasText: identity });
    await row.getByTestId('viewers').filter({ hasText: /^1$/ }).waitFor({ timeout: 30000 });
    const room = page.getByTestId('rooms-table').getByRole('row').filter({ hasText: roomFull });
    await room.getByTestId('room-participants').filter({ hasText: /^2$/ }).waitFor({ timeout: 15000 });
    await room.getByTestId('room-publishers').filter({ hasText: /^1$/ }).waitFor();
    await room.getByTestId('room-viewers').filter({ hasText: /^1$/ }).waitFor();
    await shot(page, 'live-stream-with-viewer');
  });

  await step('the overview shows the live stream with its viewer', async () => {
    await page.goto(`${BASE}/`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: APP }) });
    await row.getByRole('cell', { name: '1', exact: true }).waitFor({ timeout: 25000 });
    await page.waitForLoadState('networkidle');
    await shot(page, 'overview-live');
  });

  await step('mute the camera and kick the publisher from the dashboard', async () => {
    await page.goto(`${BASE}/apps/${APP}/live`);
    await page.getByTestId('rooms-table').getByRole('row').filter({ hasText: roomFull })
      .getByRole('button', { name: 'Participants' }).click();
    const participant = page.getByTestId('participant').filter({ hasText: identity });
    await participant.waitFor();
    await page.getByTestId('participant').filter({ hasNotText: identity }).first().waitFor(); // the player's viewer
    await participant.getByRole('button', { name: /^Mute video$/i }).click();
    await participant.getByRole('button', { name: /^Unmute video$/i }).waitFor({ timeout: 15000 });
    const people = await apiCall('GET', `/api/v1/apps/${APP}/rooms/${encodeURIComponent(roomFull)}/participants`, token);
    const pub = people.json.data.find((x) => x.identity === identity);
    assert(pub.tracks.some((t) => t.kind.toLowerCase() === 'video' && t.muted), `video muted: ${JSON.stringify(pub.tracks)}`);
    await shot(page, 'participants-muted');
    await participant.getByRole('button', { name: 'Kick' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kick' }).click();
    await participant.waitFor({ state: 'detached', timeout: 15000 });
    // the publish page hears it was removed (LiveKit's reason by name) and offers no Stop any more
    await publisher.waitForFunction(() => /disconnected \{.*"reason":"PARTICIPANT_REMOVED"/.test(document.getElementById('log').textContent),
      null, { timeout: 15000 });
    assert(await publisher.locator('#stop').isDisabled(), 'the publish page disables Stop once disconnected');
    await shot(publisher, 'sample-publish-page-kicked');
    // LiveKit's participant_left webhook ends the stream; the live tab polls every 5 s
    await page.getByTestId('streams-table').getByRole('row').filter({ hasText: identity })
      .waitFor({ state: 'detached', timeout: 20000 });
    await shot(page, 'participants-after-kick');
    // and the player says the stream went away instead of showing a frozen picture under "LIVE"
    await player.waitForFunction(() => window.streamhubPlayer?.stats().state === 'offline', null, { timeout: 30000 });
    results.playerAfterKick = await player.evaluate(() => ({ state: window.streamhubPlayer.stats().state,
      message: document.querySelector('.sh-overlay')?.textContent ?? '', badge: document.querySelector('.sh-badge')?.textContent ?? '' }));
    const after = results.playerAfterKick;
    assert(/ended|offline/.test(after.message) && !/LIVE/.test(after.badge), `the player says so: ${JSON.stringify(after)}`);
    await shot(player, 'play-page-after-kick');
  });

  await step('the distribution tab estimates an event and recommends a mode', async () => {
    await page.goto(`${BASE}/apps/${APP}/settings`);
    const card = page.getByTestId('estimator');
    await card.waitFor();
    await card.getByLabel('Concurrent viewers').fill('100000');
    await card.getByLabel('Served peer to peer (%)').fill('70');
    await card.getByRole('button', { name: 'Estimate' }).click();
    const bunny = card.getByTestId('estimate-bunny').getByTestId('cost');
    await bunny.waitFor();
    // docs/pricing.md: 100,000 viewers × 2.5 Mbps × 1 h, 70 % P2P, Bunny → $168.75
    assert((await bunny.innerText()) === '$168.75', `Bunny's price: ${await bunny.innerText()}`);
    const mode = await card.getByTestId('recommended-mode').innerText();
    assert(['edge', 'cdn', 'p2p', 'hybrid'].includes(mode.toLowerCase()), `a mode is recommended: ${mode}`);
    results.estimate = { bunny: await bunny.innerText(), mode };
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'app-distribution-estimator', { fullPage: false });
  });

  for (const [tab, check] of [
    ['live', async () => page.getByText('Rooms').first().waitFor()],
    ['recordings', async () => page.getByTestId('empty').waitFor()],
    ['callbacks', async () => page.getByText('Delivery log').waitFor()],
    ['settings', async () => page.getByText('Recording storage (S3)').waitFor()],
    ['samples', async () => page.getByText('publish.html').waitFor()],
  ]) {
    await step(`app tab ${tab}`, async () => {
      await page.goto(`${BASE}/apps/${APP}/${tab}`);
      await check();
      await page.waitForLoadState('networkidle');
      await shot(page, `app-${tab}`);
    });
  }

  await step('an API error is shown in words (unknown app)', async () => {
    await page.goto(`${BASE}/apps/no-such-app-e2e`);
    const alert = page.getByTestId('api-error');
    await alert.waitFor();
    const text = await alert.innerText();
    assert(/HTTP 404/.test(text), `404 in words: ${text}`);
    await shot(page, 'app-not-found');
  });

  let nodeId;
  await step('drain a node on the cluster page', async () => {
    const joined = await apiCall('POST', '/api/v1/cluster/join', null,
      { name: 'edge-e2e', ip: '127.0.0.1', region: 'local', url: 'ws://127.0.0.1:17880' }, { 'X-Cluster-Token': CLUSTER_TOKEN });
    assert(joined.status === 200 || joined.status === 201, `node joined: ${JSON.stringify(joined)}`);
    nodeId = joined.json.data.nodeId;
    await page.goto(`${BASE}/cluster`);
    const row = page.getByTestId('node-edge-e2e');
    await row.waitFor();
    await shot(page, 'cluster');
    await row.getByRole('button', { name: 'Drain' }).click();
    await row.getByTestId('node-status').filter({ hasText: 'draining' }).waitFor();
    const nodes = await apiCall('GET', '/api/v1/cluster/nodes', token);
    const node = nodes.json.data.find((n) => n.id === nodeId);
    assert(node.status === 'draining', `the node is draining: ${node.status}`);
    await shot(page, 'cluster-drained');
    await row.getByRole('button', { name: 'Activate' }).click();
    await row.getByTestId('node-status').filter({ hasText: 'active' }).waitFor();
  });

  await step('logs page', async () => {
    await page.goto(`${BASE}/logs`);
    await page.getByRole('heading', { name: 'Logs' }).waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'logs');
  });

  await step('dark theme', async () => {
    await page.goto(`${BASE}/`);
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByLabel('switch to dark theme').click();
    const scheme = await page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
    assert(scheme === 'dark', `dark scheme applied: ${scheme}`);
    await page.waitForLoadState('networkidle');
    await shot(page, 'overview-dark');
    await page.goto(`${BASE}/apps/${APP}/ingress`);
    await page.getByRole('cell', { name: 'stage' }).first().waitFor().catch(() => {});
    await shot(page, 'ingress-dark');
    await page.getByLabel('switch to light theme').click();
  });

  await step('phone-sized viewport', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const p = await phone.newPage();
    await p.goto(`${BASE}/login`);
    await p.evaluate((t) => localStorage.setItem('streamhub.session', t), token);
    await p.goto(`${BASE}/apps/${APP}/ingress`);
    await p.getByRole('button', { name: 'Create ingress' }).waitFor();
    await shot(p, 'phone-ingress');
    await p.getByLabel('menu').click();
    await p.getByRole('link', { name: 'Cluster' }).waitFor();
    await shot(p, 'phone-menu');
    await phone.close();
  });

  await step('an expired session goes back to the login and returns after it', async () => {
    await page.evaluate(() => localStorage.setItem('streamhub.session', 'expired.jwt.value'));
    await page.goto(`${BASE}/cluster`);
    await page.waitForURL('**/login?next=%2Fcluster');
    await page.fill('input[name=user]', USER);
    await page.fill('input[name=password]', PASS);
    await page.click('button[type=submit]');
    await page.waitForURL(`${BASE}/cluster`);
    await page.getByRole('heading', { name: 'Cluster' }).waitFor();
  });

  await step('delete the app with confirmation', async () => {
    await page.goto(`${BASE}/apps`);
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: APP }) });
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await row.waitFor({ state: 'detached' });
    const check = await apiCall('GET', `/api/v1/apps/${APP}`, token);
    assert(check.status === 404, `the app is gone: ${check.status}`);
  });
} finally {
  await browser.close();
  results.failures = failures;
  fs.writeFileSync(path.join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  fs.writeFileSync(path.join(OUT, 'browser.log'), browserLogs.join('\n'));
  log(`${results.steps.length - failures}/${results.steps.length} steps passed; screenshots in ${OUT}`);
  if (results.firstLoad) log('first load', JSON.stringify(results.firstLoad));
}
process.exit(failures ? 1 : 0);
