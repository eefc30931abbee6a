// The tracker's reproduction of p2p-media-loader's info-hash derivation, checked against the library's
// own functions (the installed p2p-media-loader-core, the version the player bundles).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    streamShortId, streamHash, infoHashHex, mediaPlaylistInfoHash, masterPlaylistInfoHashes,
} from '../swarm-hash.mjs';

// The package exports only ".", whose entry loads the WebRTC client; the hashing files are plain ESM.
const libDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'p2p-media-loader-core', 'lib');
const lib = {
    ...(await import(pathToFileURL(join(libDir, 'utils/stream.js')).href)),
    ...(await import(pathToFileURL(join(libDir, 'utils/peer.js')).href)),
    ...(await import(pathToFileURL(join(libDir, 'utils/utils.js')).href)),
};

const hexOfAnnounce = (streamSwarmId) =>
    Buffer.from(lib.utf8ToUintArray(lib.getStreamHash(streamSwarmId))).toString('hex');

test('stream short ids match generateStreamShortId for metadata-less, avc decimal, multi-codec and audio streams', () => {
    const cases = [
        { bitrate: 0 },
        {},
        { bitrate: 2500000, codecs: 'avc1.66.30', width: 1280, height: 720, frameRate: '30.000', videoRange: 'sdr' },
        { bitrate: 800000, codecs: 'mp4a.40.2, avc1.64001f', width: 640, height: 360 },
        { bitrate: 0, codecs: 'mp4a.40.2', language: 'English', channels: '2/JOC', name: ' Main ' },
        { bitrate: 1, language: 'und', frameRate: 'abc' },
    ];
    for (const c of cases) assert.equal(streamShortId(c), lib.generateStreamShortId(c), JSON.stringify(c));
});

test('announce hash and tracker info_hash match getStreamHash + utf8ToUintArray', () => {
    for (const s of ['v2-streamhub/app1/room1-main-abc', 'v2-x-secondary-é漢字', '']) {
        assert.equal(streamHash(s), lib.getStreamHash(s));
    }
    const index = lib.generateStreamShortId({ bitrate: 0 });
    const streamSwarmId = lib.getStreamSwarmId('streamhub/app1/room1', { type: 'main', index });
    assert.equal(infoHashHex('streamhub/app1/room1', 'main', index), hexOfAnnounce(streamSwarmId));
    assert.equal(mediaPlaylistInfoHash('streamhub/app1/room1'), hexOfAnnounce(streamSwarmId));
    assert.equal(Buffer.from(mediaPlaylistInfoHash('streamhub/app1/room1'), 'hex').length, 20);
    assert.notEqual(mediaPlaylistInfoHash('streamhub/app1/room1'), mediaPlaylistInfoHash('streamhub/app1/room2'));
});

test('master playlist variants hash as hls.js levels would (bandwidth, video codecs, resolution, frame rate, range)', () => {
    const master = [
        '#EXTM3U',
        '#EXT-X-STREAM-INF:BANDWIDTH=2500000,AVERAGE-BANDWIDTH=2000000,CODECS="avc1.64001f,mp4a.40.2",RESOLUTION=1280x720,FRAME-RATE=30.000',
        'hi/index.m3u8',
        '#EXT-X-STREAM-INF:BANDWIDTH=600000,CODECS="mp4a.40.2,avc1.42c01e",RESOLUTION=640x360,VIDEO-RANGE=SDR',
        'lo/index.m3u8',
        '#EXT-X-STREAM-INF:BANDWIDTH=0,RESOLUTION=320x180',
        'tiny/index.m3u8',
    ].join('\n');
    const expected = [
        { bitrate: 2500000, codecs: 'avc1.64001f', width: 1280, height: 720, frameRate: '30.000' },
        { bitrate: 600000, codecs: 'avc1.42c01e', width: 640, height: 360, videoRange: 'SDR' },
        { bitrate: 0 },
    ].map((p) => hexOfAnnounce(lib.getStreamSwarmId('p/a/r', { type: 'main', index: lib.generateStreamShortId(p) })));
    assert.deepEqual(masterPlaylistInfoHashes('p/a/r', master), expected);
    assert.deepEqual(masterPlaylistInfoHashes('p/a/r', '#EXTM3U\n#EXTINF:4,\nseg0.ts\n'), []);
});
