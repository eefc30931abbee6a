// The /play/<app>/<room> and /embed/<app>/<room> page: ask the viewer router for a plan, play it,
// show the viewer count and plain-words messages, report bytes (P2P vs HTTP) to StreamHub.
// Test hook: window.streamhubPlayer.stats().
import { Counters } from './counters';
import { fetchPlan, postStats, type ApiOptions, type PlaybackPlan } from './plan';
import './player.css';

type State = 'loading' | 'playing' | 'offline' | 'not_found' | 'private' | 'error';

interface Handle {
    destroy(): void;
}

const root = document.getElementById('streamhub-player') as HTMLElement;
const app = root.dataset.app || '';
const room = root.dataset.room || '';
const query = new URLSearchParams(location.search);
const api: ApiOptions = { baseUrl: root.dataset.api || '', token: query.get('token') || undefined };
const statsEveryMs = Math.max(500, Number(query.get('statsMs')) || 5000);
const viewerId = newViewerId();

const counters = new Counters();
let state: State = 'loading';
let plan: PlaybackPlan | null = null;
let viewers: number | null = null;
let handle: Handle | null = null;
let lastPosted = '';
const logs: string[] = [];

const video = document.createElement('video');
video.playsInline = true;
video.muted = query.get('muted') !== '0';
video.autoplay = true;
video.controls = true;
const overlay = document.createElement('div');
overlay.className = 'sh-overlay';
const badge = document.createElement('div');
badge.className = 'sh-badge';
root.append(video, overlay, badge);

function newViewerId(): string {
    const c = globalThis.crypto;
    return c && 'randomUUID' in c ? c.randomUUID() : `v-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function log(message: string) {
    logs.push(`${new Date().toISOString()} ${message}`);
    if (logs.length > 200) logs.shift();
}

function show(next: State, message = '') {
    state = next;
    root.dataset.state = next;
    overlay.textContent = message;
    overlay.hidden = message === '';
}

function renderBadge() {
    const parts: string[] = [];
    if (state === 'playing') parts.push('LIVE');
    if (viewers !== null) parts.push(`${viewers} watching`);
    if (plan?.p2p && counters.p2pBytes + counters.httpBytes > 0) {
        parts.push(`P2P ${Math.round((100 * counters.p2pBytes) / (counters.p2pBytes + counters.httpBytes))}%`);
    }
    badge.textContent = parts.join(' · ');
    badge.hidden = parts.length === 0;
}

async function reportStats() {
    if (!plan || plan.protocol !== 'hls') return;
    const body = { viewerId, p2pBytes: counters.p2pBytes, httpBytes: counters.httpBytes };
    const key = `${body.p2pBytes}/${body.httpBytes}`;
    if (key === lastPosted || key === '0/0') return;
    if (await postStats(app, room, api, body)) lastPosted = key;
}

async function start() {
    handle?.destroy();
    handle = null;
    show('loading', 'Loading…');
    const result = await fetchPlan(app, room, api);
    if (!result.ok) {
        const f = result.failure;
        if (f.kind === 'not_found') show('not_found', 'This stream does not exist.');
        else if (f.kind === 'private') show('private', 'This stream is private.');
        else {
            show('error', `Cannot play right now: ${f.message}`);
            retryLater();
        }
        return;
    }
    plan = result.plan;
    log(`plan: ${plan.mode}/${plan.protocol} (${plan.reason})${plan.p2p ? ` p2p swarm ${plan.p2p.swarmId}` : ''}`);
    if (!plan.live) {
        show('offline', 'The stream is offline. It will start here when it goes live.');
        retryLater();
        return;
    }
    try {
        if (plan.protocol === 'webrtc' && plan.webrtc) {
            const { playWebRtc } = await import('./webrtc');
            handle = await playWebRtc(video, plan, {
                onViewers: (n) => {
                    viewers = n;
                    renderBadge();
                },
                onPlaying: () => show('playing'),
                onEnded: (m) => {
                    viewers = null;
                    show('offline', m);
                    renderBadge();
                    retryLater();
                },
                log,
            });
        } else if (plan.hls) {
            const { playHls } = await import('./hls');
            handle = playHls(video, plan, counters, {
                onFatal: (m) => {
                    show('offline', m);
                    retryLater();
                },
                onPlaying: () => show('playing'),
                log,
            });
        } else {
            show('error', 'The playback plan has nothing to play.');
        }
    } catch (e) {
        show('error', `Playback failed: ${(e as Error).message}`);
        retryLater();
    }
}

let retryTimer = 0;
function retryLater() {
    window.clearTimeout(retryTimer);
    retryTimer = window.setTimeout(() => void start(), 5000);
}

window.setInterval(() => {
    renderBadge();
    void reportStats();
}, statsEveryMs);

declare global {
    interface Window {
        streamhubPlayer: {
            stats(): {
                viewerId: string;
                state: State;
                protocol: string | null;
                mode: string | null;
                p2p: boolean;
                p2pBytes: number;
                httpBytes: number;
                p2pUploadedBytes: number;
                segmentsP2p: number;
                segmentsHttp: number;
                peers: number;
                viewers: number | null;
            };
            plan(): PlaybackPlan | null;
            logs(): string[];
            flush(): Promise<void>;
        };
    }
}

window.streamhubPlayer = {
    stats: () => ({
        viewerId,
        state,
        protocol: plan?.protocol ?? null,
        mode: plan?.mode ?? null,
        p2p: !!plan?.p2p,
        p2pBytes: counters.p2pBytes,
        httpBytes: counters.httpBytes,
        p2pUploadedBytes: counters.p2pUploadedBytes,
        segmentsP2p: counters.segmentsP2p,
        segmentsHttp: counters.segmentsHttp,
        peers: counters.peers,
        viewers,
    }),
    plan: () => plan,
    logs: () => [...logs],
    flush: reportStats,
};

window.addEventListener('pagehide', () => void reportStats());
void start();
