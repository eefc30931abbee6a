import { afterEach, describe, expect, it, vi } from 'vitest';
import { StreamHub, StreamHubError } from '../src/sdk/index';

afterEach(() => vi.unstubAllGlobals());

describe('StreamHub SDK', () => {
    it('needs an app', () => {
        expect(() => new StreamHub({} as never)).toThrow(/app is required/);
    });

    it('mints join tokens with the API token and turns API errors into StreamHubError', async () => {
        const fetch = vi.fn().mockResolvedValueOnce(
            new Response(JSON.stringify({ data: { token: 'jwt', wsUrl: 'ws://lk', room: 'r' } }), { status: 200 }),
        );
        vi.stubGlobal('fetch', fetch);
        const sh = new StreamHub({ baseUrl: 'http://sh/', app: 'a', token: 'sk_1' });
        expect((await sh.joinToken('r', { canPublish: true })).token).toBe('jwt');
        const [url, init] = fetch.mock.calls[0];
        expect(url).toBe('http://sh/api/v1/apps/a/tokens');
        expect(init.headers.Authorization).toBe('Bearer sk_1');
        expect(JSON.parse(init.body)).toEqual({ room: 'r', canPublish: true });

        fetch.mockResolvedValueOnce(
            new Response(JSON.stringify({ data: null, error: { code: 'forbidden', message: 'no access' } }), { status: 403 }),
        );
        const err = await sh.joinToken('r').catch((e) => e);
        expect(err).toBeInstanceOf(StreamHubError);
        expect([err.status, err.code, err.message]).toEqual([403, 'forbidden', 'no access']);
    });

    it('maps a missing room to a 404 StreamHubError and delivers events until unsubscribed', async () => {
        vi.stubGlobal('fetch', vi.fn().mockResolvedValue(
            new Response(JSON.stringify({ data: null, error: { message: 'no room' } }), { status: 404 }),
        ));
        const sh = new StreamHub({ app: 'a' });
        const err = await sh.playbackPlan('r').catch((e) => e);
        expect([err.status, err.code]).toEqual([404, 'not_found']);

        const seen: unknown[] = [];
        const off = sh.on('error', (e) => seen.push(e));
        (sh as unknown as { emit(e: string, p: unknown): void }).emit('error', { room: 'r', message: 'x' });
        off();
        (sh as unknown as { emit(e: string, p: unknown): void }).emit('error', { room: 'r', message: 'y' });
        expect(seen).toEqual([{ room: 'r', message: 'x' }]);
    });
});
