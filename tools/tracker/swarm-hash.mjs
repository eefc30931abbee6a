// The info hashes p2p-media-loader v2 (core + hlsjs 2.3.x) announces for a swarm id, reproduced so the
// tracker can admit exactly the swarms StreamHub allows. Pinned to that version (test/swarm-hash.test.mjs
// checks every function here against the library's own code; a library upgrade that changes the
// derivation fails that test).
//
// Library derivation (p2p-media-loader-core src/utils/{stream,peer,hash}.ts, hlsjs src/segment-manager.ts):
//   streamSwarmId = `v2-${swarmId}-${type}-${index}`      type: "main" (video/levels) | "secondary" (audio tracks)
//   index         = base64(sha1(`${bitrate}-${codecs}-${width}-${height}-${lang}-${channels}-${name}-${fps}-${range}`))
//                   (generateStreamShortId; a level without metadata hashes as bitrate 0 and nothing else)
//   infoHash      = the 20 ASCII bytes of base64(sha1(streamSwarmId)[0..15])   (getStreamHash + utf8ToUintArray)
// The tracker sees `info_hash` as the hex of those 20 bytes.
import { createHash } from 'node:crypto';

export const PEER_PROTOCOL_VERSION = 'v2';

function sha1(text) {
    return createHash('sha1').update(text, 'utf8').digest();
}

/** generateStreamShortId of p2p-media-loader-core 2.3.1, line for line. */
export function streamShortId({ bitrate, codecs, width, height, language, channels, name, frameRate, videoRange } = {}) {
    const normalizedCodecs = codecs
        ? codecs
              .split(',')
              .map((raw) => {
                  let c = raw.trim().toLowerCase();
                  const parts = c.split('.');
                  if (parts.length === 3 && (parts[0] === 'avc1' || parts[0] === 'avc')) {
                      const profile = parseInt(parts[1], 10);
                      const level = parseInt(parts[2], 10);
                      if (!isNaN(profile) && !isNaN(level) && parts[1] === profile.toString() && parts[2] === level.toString()) {
                          c = `${parts[0]}.${profile.toString(16).padStart(2, '0')}00${level.toString(16).padStart(2, '0')}`;
                      }
                  }
                  return c;
              })
              .sort()
              .join(',')
        : '';
    const normalizedLanguage = language && language !== 'und' ? language.slice(0, 2).toLowerCase() : '';
    const normalizedChannels = channels ? channels.toString().split('/')[0] : '';
    const normalizedName = name ? name.toLowerCase().trim() : '';
    const normalizedFrameRate = frameRate && !isNaN(Number(frameRate)) ? Number(frameRate).toString() : '';
    const normalizedVideoRange = videoRange ? videoRange.toUpperCase().trim() : '';
    const str = `${bitrate ?? 0}-${normalizedCodecs}-${width ?? ''}-${height ?? ''}-${normalizedLanguage}-${normalizedChannels}-${normalizedName}-${normalizedFrameRate}-${normalizedVideoRange}`;
    return sha1(str).toString('base64');
}

/** getStreamHash: the 20-character announce hash of one stream of a swarm. */
export function streamHash(streamSwarmId) {
    return sha1(streamSwarmId).subarray(0, 15).toString('base64');
}

/** The tracker-side `info_hash` (hex of the 20 ASCII bytes) of a stream of a swarm. */
export function infoHashHex(swarmId, type, index) {
    return Buffer.from(streamHash(`${PEER_PROTOCOL_VERSION}-${swarmId}-${type}-${index}`), 'latin1').toString('hex');
}

/** The one stream hls.js reports when the playlist is a media playlist (no variants): bitrate 0, no metadata. */
export function mediaPlaylistInfoHash(swarmId) {
    return infoHashHex(swarmId, 'main', streamShortId({ bitrate: 0 }));
}

// hls.js sorts CODECS into video/audio by the sample-entry prefix (src/utils/codecs.ts, "video" table).
const VIDEO_CODEC_PREFIXES = new Set([
    'avc1', 'avc2', 'avc3', 'avc4', 'avcp', 'av01', 'dav1', 'drac', 'dva1', 'dvav', 'dvh1', 'dvhe', 'encv',
    'hev1', 'hvc1', 'mjp2', 'mp4v', 'mvc1', 'mvc2', 'mvc3', 'mvc4', 'resv', 'rv60', 's263', 'svc1', 'svc2',
    'vc-1', 'vp08', 'vp09',
]);

function parseAttributes(line) {
    const attrs = {};
    const re = /([A-Z0-9-]+)=("[^"]*"|[^,]*)/g;
    let m;
    while ((m = re.exec(line)) !== null) {
        attrs[m[1]] = m[2].startsWith('"') ? m[2].slice(1, -1) : m[2];
    }
    return attrs;
}

/**
 * Info hashes of the "main" streams of a multivariant (master) playlist, as hls.js + p2p-media-loader
 * derive them from each EXT-X-STREAM-INF (BANDWIDTH, video CODECS, RESOLUTION, FRAME-RATE, VIDEO-RANGE).
 * Returns [] for a media playlist. Audio renditions (EXT-X-MEDIA) are not covered: StreamHub's live HLS
 * carries audio muxed in the variants.
 */
export function masterPlaylistInfoHashes(swarmId, playlistText) {
    const hashes = [];
    for (const line of playlistText.split(/\r?\n/)) {
        if (!line.startsWith('#EXT-X-STREAM-INF:')) continue;
        const a = parseAttributes(line.slice('#EXT-X-STREAM-INF:'.length));
        const bitrate = parseInt(a.BANDWIDTH || a['AVERAGE-BANDWIDTH'] || '0', 10) || 0;
        const video = (a.CODECS || '')
            .split(/[ ,]+/)
            .filter((c) => c && VIDEO_CODEC_PREFIXES.has(c.slice(0, 4).toLowerCase()))
            .map((c) => c.split('/')[0]);
        const [w, h] = (a.RESOLUTION || '').split('x').map((n) => parseInt(n, 10));
        const missing = bitrate === 0;
        const index = streamShortId({
            bitrate,
            codecs: missing || video.length === 0 ? undefined : video.join(','),
            width: missing || isNaN(w) ? undefined : w,
            height: missing || isNaN(h) ? undefined : h,
            frameRate: missing ? undefined : a['FRAME-RATE'],
            videoRange: missing ? undefined : a['VIDEO-RANGE'],
        });
        hashes.push(infoHashHex(swarmId, 'main', index));
    }
    return hashes;
}
