// Launch Debian chromium headless through playwright-core, with the flags every StreamHub browser test
// needs. Generic on purpose: the player/P2P e2e and the dashboard e2e both use it.
//
//   import { launchChromium } from '../browser/browser.mjs';
//   const browser = await launchChromium();            // or launchChromium({ extraArgs: [...] })
//   const page = await browser.newPage();
//   ...
//   await browser.close();
//
// Flags: headless without sandbox or GPU (containers), no first-run/background networking/component
// update/sync (no traffic leaves the machine), fake camera and microphone that need no permission
// prompt, and WebRTC on loopback: ICE host candidates on 127.0.0.1 (allow-loopback-in-peer-connection)
// with real IPs instead of mDNS .local names (WebRtcHideLocalIpsWithMdns off), so two pages in the same
// test can connect peer to peer without any network but lo.
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.STREAMHUB_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    '--allow-loopback-in-peer-connection',
    '--disable-features=WebRtcHideLocalIpsWithMdns',
    '--autoplay-policy=no-user-gesture-required',
    '--mute-audio',
];

/**
 * @param {{extraArgs?: string[], headless?: boolean, timeout?: number}} [opts]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(opts = {}) {
    return chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: opts.headless ?? true,
        args: [...CHROMIUM_ARGS, ...(opts.extraArgs || [])],
        timeout: opts.timeout ?? 30000,
    });
}

/**
 * Collects a page's console messages and page errors into an array (for failure reports).
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
export function captureConsole(page, label, sink = []) {
    page.on('console', (m) => sink.push(`[${label}] ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => sink.push(`[${label}] pageerror: ${e.message}`));
    return sink;
}
