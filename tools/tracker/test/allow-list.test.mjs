import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AllowList } from '../allow-list.mjs';
import { mediaPlaylistInfoHash } from '../swarm-hash.mjs';

function fakeCore() {
    const state = { swarms: [], status: 200, calls: [], playlists: {} };
    state.fetch = async (url, init) => {
        state.calls.push({ url, auth: init?.headers?.Authorization });
        if (url.endsWith('/api/v1/p2p/swarms')) {
            if (state.status === 'down') throw new Error('ECONNREFUSED');
            return new Response(JSON.stringify({ data: { swarms: state.swarms, ttlSeconds: 2 }, error: null }), {
                status: state.status,
            });
        }
        const body = state.playlists[new URL(url).pathname];
        return new Response(body ?? 'no', { status: body ? 200 : 404 });
    };
    return state;
}

test('admits exactly the listed swarms, sends the secret, and revokes a swarm that leaves the list', async () => {
    const core = fakeCore();
    const revoked = [];
    const list = new AllowList({
        coreUrl: 'http://core:1/', secret: 's3cret', fetchImpl: core.fetch, onRevoke: (h, s) => revoked.push([s, h]),
    });
    const a = mediaPlaylistInfoHash('streamhub/app1/room1');
    const b = mediaPlaylistInfoHash('streamhub/app1/room2');
    assert.equal(list.isAllowed(a), false);

    core.swarms = ['streamhub/app1/room1'];
    assert.equal(await list.pollOnce(), true);
    assert.equal(core.calls[0].url, 'http://core:1/api/v1/p2p/swarms');
    assert.equal(core.calls[0].auth, 'Bearer s3cret');
    assert.equal(list.isAllowed(a), true);
    assert.equal(list.isAllowed(a.toUpperCase()), true);
    assert.equal(list.isAllowed(b), false);
    assert.equal(list.swarmOf(a), 'streamhub/app1/room1');

    core.swarms = ['streamhub/app1/room2'];
    await list.pollOnce();
    assert.equal(list.isAllowed(a), false);
    assert.equal(list.isAllowed(b), true);
    assert.deepEqual(revoked, [['streamhub/app1/room1', [a]]]);
});

test('a master playlist at the origin adds its variants; a wrong secret or a dead core fails closed after staleMs', async () => {
    const core = fakeCore();
    core.swarms = ['streamhub/app1/room1'];
    core.playlists['/hls/app1/room1/index.m3u8'] =
        '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=900000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=854x480\nv/index.m3u8\n';
    const list = new AllowList({ coreUrl: 'http://core:1', secret: 's', fetchImpl: core.fetch, staleMs: 50 });
    await list.pollOnce();
    assert.equal(list.status().infoHashes, 2);

    core.status = 401;
    assert.equal(await list.pollOnce(), false);
    assert.equal(list.isAllowed(mediaPlaylistInfoHash('streamhub/app1/room1')), true, 'still within staleMs');
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(list.isAllowed(mediaPlaylistInfoHash('streamhub/app1/room1')), false, 'stale: closed');
    core.status = 'down';
    await list.pollOnce();
    assert.equal(list.status().infoHashes, 0);
    assert.match(list.status().lastError, /ECONNREFUSED/);
});
