import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPlan, playbackPath, postStats } from '../src/plan';
import { Counters } from '../src/counters';

const reply = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const plan = {
    app: 'a', room: 'r', mode: 'p2p', protocol: 'hls', reason: 'x', live: true, webrtc: null,
    hls: { url: 'http://o/hls/a/r/index.m3u8' }, p2p: { trackers: ['ws://t'], swarmId: 'streamhub/a/r', stun: [] },
};

afterEach(() => vi.unstubAllGlobals());

describe('fetchPlan', () => {
    it('asks the router with the role and the bearer token and returns the plan', async () => {
        const fetch = vi.fn().mockResolvedValue(reply(200, { data: plan, error: null }));
        vi.stubGlobal('fetch', fetch);
        const r = await fetchPlan('a', 'r 1', { baseUrl: 'http://sh', token: 'tok' });
        expect(r).toEqual({ ok: true, plan });
        expect(fetch.mock.calls[0][0]).toBe('http://sh/api/v1/apps/a/playback/r%201?role=viewer');
        expect(fetch.mock.calls[0][1].headers.Authorization).toBe('Bearer tok');
    });

    it.each([
        [404, 'not_found'],
        [401, 'private'],
        [403, 'private'],
        [500, 'error'],
    ])('maps HTTP %i to %s with the server message', async (status, kind) => {
        vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(status, { data: null, error: { message: 'nope' } })));
        expect(await fetchPlan('a', 'r', { baseUrl: '' })).toEqual({ ok: false, failure: { kind, message: 'nope' } });
    });

    it('reports an unreachable server and a malformed plan as errors', async () => {
        vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
        const down = await fetchPlan('a', 'r', { baseUrl: '' });
        expect(down.ok).toBe(false);
        expect(!down.ok && down.failure.message).toMatch(/unreachable.*Failed to fetch/);
        vi.stubGlobal('fetch', vi.fn().mockResolvedValue(reply(200, { data: { protocol: 'rtmp' } })));
        expect(await fetchPlan('a', 'r', { baseUrl: '' })).toEqual({
            ok: false, failure: { kind: 'error', message: 'the playback plan is malformed' },
        });
    });
});

describe('postStats', () => {
    it('posts the cumulative counters as JSON and reads 202 as success', async () => {
        const fetch = vi.fn().mockResolvedValue(new Response(null, { status: 202 }));
        vi.stubGlobal('fetch', fetch);
        expect(await postStats('a', 'r', { baseUrl: '' }, { viewerId: 'v', p2pBytes: 5, httpBytes: 7 })).toBe(true);
        const [url, init] = fetch.mock.calls[0];
        expect(url).toBe(`${playbackPath('a', 'r')}/stats`);
        expect(init.method).toBe('POST');
        expect(JSON.parse(init.body)).toEqual({ viewerId: 'v', p2pBytes: 5, httpBytes: 7 });
        vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(null, { status: 401 })));
        expect(await postStats('a', 'r', { baseUrl: '' }, { viewerId: 'v', p2pBytes: 1, httpBytes: 1 })).toBe(false);
    });
});

describe('Counters', () => {
    it('adds bytes by source and ignores non-positive chunks', () => {
        const c = new Counters();
        c.add('p2p', 100);
        c.add('http', 40);
        c.add('p2p', 0);
        c.add('http', -3);
        c.add('http', Number.NaN);
        expect([c.p2pBytes, c.httpBytes]).toEqual([100, 40]);
    });
});
