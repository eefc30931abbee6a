import { describe, expect, it, vi } from 'vitest';
import { signedXhrSetup, withPlaylistQuery } from '../src/signed';

const query = '?Policy=eyJTdGF0ZW1lbnQiOltdfQ__&Signature=abc~def-_&Key-Pair-Id=K2JCJMDEHXQW5F';
const playlist = 'https://d1.cloudfront.test/hls/app1/room1/index.m3u8' + query;

describe('withPlaylistQuery', () => {
    it('carries a signed playlist query over to the segments and playlists of its directory', () => {
        expect(withPlaylistQuery(playlist, 'https://d1.cloudfront.test/hls/app1/room1/seg-00001.ts'))
            .toBe('https://d1.cloudfront.test/hls/app1/room1/seg-00001.ts' + query);
        expect(withPlaylistQuery(playlist, 'https://d1.cloudfront.test/hls/app1/room1/720p/index.m3u8'))
            .toBe('https://d1.cloudfront.test/hls/app1/room1/720p/index.m3u8' + query);
        expect(withPlaylistQuery(playlist, playlist)).toBe(playlist);
    });

    it('leaves everything else alone', () => {
        // another room, another host, a URL with its own query, an unsigned playlist
        expect(withPlaylistQuery(playlist, 'https://d1.cloudfront.test/hls/app1/room2/seg-1.ts')).toBe('https://d1.cloudfront.test/hls/app1/room2/seg-1.ts');
        expect(withPlaylistQuery(playlist, 'https://ads.example.test/hls/app1/room1/seg-1.ts')).toBe('https://ads.example.test/hls/app1/room1/seg-1.ts');
        expect(withPlaylistQuery(playlist, 'https://d1.cloudfront.test/hls/app1/room1/seg-1.ts?x=1')).toBe('https://d1.cloudfront.test/hls/app1/room1/seg-1.ts?x=1');
        const bunny = 'https://z.b-cdn.net/bcdn_token=t&token_path=%2Fhls%2Fa%2Fr%2F&expires=1/hls/a/r/index.m3u8';
        expect(withPlaylistQuery(bunny, 'https://z.b-cdn.net/bcdn_token=t&token_path=%2Fhls%2Fa%2Fr%2F&expires=1/hls/a/r/seg-1.ts'))
            .toBe('https://z.b-cdn.net/bcdn_token=t&token_path=%2Fhls%2Fa%2Fr%2F&expires=1/hls/a/r/seg-1.ts');
    });
});

describe('signedXhrSetup', () => {
    it('is absent for an unsigned playlist', () => {
        expect(signedXhrSetup('https://o.test/hls/a/r/index.m3u8')).toBeUndefined();
    });

    it('opens a segment request on the signed URL and leaves a signed one for hls.js to open', () => {
        const setup = signedXhrSetup(playlist)!;
        const xhr = { open: vi.fn() } as unknown as XMLHttpRequest;
        setup(xhr, 'https://d1.cloudfront.test/hls/app1/room1/seg-00002.ts');
        expect(xhr.open).toHaveBeenCalledWith('GET', 'https://d1.cloudfront.test/hls/app1/room1/seg-00002.ts' + query, true);
        const untouched = { open: vi.fn() } as unknown as XMLHttpRequest;
        setup(untouched, playlist);
        expect(untouched.open).not.toHaveBeenCalled();
    });
});
