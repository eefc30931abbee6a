// HLS playback: hls.js, with p2p-media-loader v2 on top when the plan carries a p2p block.
// the light build (no subtitles, alternate audio, EME, CMCD) is enough for live rooms and ~40% smaller
import Hls from 'hls.js/light';
import { HlsJsP2PEngine } from 'p2p-media-loader-hlsjs';
import type { PlaybackPlan } from './plan';
import type { Counters } from './counters';
import { signedXhrSetup } from './signed';

export interface HlsHandle {
    destroy(): void;
}

export interface HlsCallbacks {
    onFatal(message: string): void;
    onPlaying(): void;
    log(message: string): void;
}

export function playHls(video: HTMLVideoElement, plan: PlaybackPlan, counters: Counters, cb: HlsCallbacks): HlsHandle {
    const url = plan.hls!.url;
    if (!Hls.isSupported()) {
        // Safari/iOS: native HLS, no P2P (no MSE to feed peer segments into)
        video.src = url;
        video.addEventListener('playing', () => cb.onPlaying(), { once: true });
        void video.play().catch(() => {});
        return { destroy: () => video.removeAttribute('src') };
    }
    let hls: Hls;
    // a playlist signed by query (CloudFront) hands its query on to the files it lists (src/signed.ts);
    // signed playback never carries P2P (the config refuses it), so only plain hls.js needs it
    const xhrSetup = signedXhrSetup(url);
    if (plan.p2p) {
        const HlsWithP2P = HlsJsP2PEngine.injectMixin(Hls);
        const p2p = plan.p2p;
        hls = new HlsWithP2P({
            p2p: {
                core: {
                    swarmId: p2p.swarmId,
                    announceTrackers: p2p.trackers,
                    rtcConfig: { iceServers: (p2p.stun || []).map((urls) => ({ urls })) },
                    // segments closer than this (seconds) to the playhead come over HTTP unless a peer
                    // already serves them; further ahead they come from peers (library default 15 s, which
                    // leaves little P2P room in a short live window)
                    highDemandTimeWindow: 10,
                },
                onHlsJsCreated: (h) => {
                    const engine = h.p2pEngine;
                    engine.addEventListener('onChunkDownloaded', (bytes, source) => counters.add(source, bytes));
                    engine.addEventListener('onChunkUploaded', (bytes) => (counters.p2pUploadedBytes += bytes));
                    engine.addEventListener('onSegmentLoaded', (d) =>
                        d.downloadSource === 'p2p' ? counters.segmentsP2p++ : counters.segmentsHttp++,
                    );
                    engine.addEventListener('onPeerConnect', () => counters.peers++);
                    engine.addEventListener('onPeerClose', () => (counters.peers = Math.max(0, counters.peers - 1)));
                    engine.addEventListener('onTrackerWarning', (w) => cb.log(`tracker warning: ${String(w.warning)}`));
                    engine.addEventListener('onTrackerError', (e) => cb.log(`tracker error: ${String(e.error)}`));
                },
            },
        });
    } else {
        hls = new Hls({ lowLatencyMode: false, ...(xhrSetup ? { xhrSetup } : {}) });
        hls.on(Hls.Events.FRAG_LOADED, (_e, data) => {
            counters.add('http', data.frag.stats.loaded);
            counters.segmentsHttp++;
        });
    }
    let recoveries = 0;
    hls.on(Hls.Events.ERROR, (_e, data) => {
        if (!data.fatal) return;
        if (data.type === Hls.ErrorTypes.MEDIA_ERROR && recoveries++ < 3) {
            hls.recoverMediaError();
            return;
        }
        cb.onFatal(data.details === 'manifestLoadError' ? 'The stream is offline' : `Playback failed (${data.details})`);
    });
    video.addEventListener('playing', () => cb.onPlaying(), { once: true });
    hls.on(Hls.Events.MANIFEST_PARSED, () => void video.play().catch(() => cb.log('autoplay refused: tap to play')));
    hls.attachMedia(video);
    hls.loadSource(url);
    return { destroy: () => hls.destroy() };
}
