// Smoke test of the harness: launch chromium, open a page, print the version.
import { launchChromium } from './browser.mjs';

const browser = await launchChromium();
try {
    const page = await browser.newPage();
    await page.setContent('<title>ok</title><p id=x>streamhub</p>');
    const text = await page.textContent('#x');
    if (text !== 'streamhub') throw new Error(`unexpected page text ${text}`);
    const hasRtc = await page.evaluate(() => typeof RTCPeerConnection === 'function');
    console.log(JSON.stringify({ chromium: browser.version(), webrtc: hasRtc }));
} finally {
    await browser.close();
}
