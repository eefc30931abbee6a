// Types of the StreamHub browser SDK, served at /sdk/streamhub-adaptor.d.ts.
// ESM: import { StreamHub } from 'https://<streamhub>/sdk/streamhub-adaptor.mjs';
// Script tag: <script src="https://<streamhub>/sdk/streamhub-adaptor.global.js"></script> → window.StreamHubAdaptor.StreamHub
// (kept in step with src/sdk/index.ts by src/sdk/check.ts, compiled by `npm run typecheck`)

export interface PlaybackPlan {
    app: string;
    room: string;
    mode: 'edge' | 'cdn' | 'p2p' | 'hybrid';
    protocol: 'webrtc' | 'hls';
    reason: string;
    live: boolean;
    webrtc: { wsUrl: string; token: string; nodeId?: string } | null;
    hls: { url: string; provider?: string } | null;
    p2p: { trackers: string[]; swarmId: string; stun?: string[]; maxPeers?: number } | null;
}

export interface StreamHubOptions {
    /** StreamHub base URL, e.g. "https://streamhub.example.com" ("" = same origin). */
    baseUrl?: string;
    /** The app name. */
    app: string;
    /** API token (sk_…) or JWT; needed to mint publish tokens and to play apps without public playback. */
    token?: string;
}

export interface JoinTokenOptions {
    identity?: string;
    name?: string;
    canPublish?: boolean;
    canSubscribe?: boolean;
    /** e.g. "1h" */
    ttl?: string;
    metadata?: string;
}

export interface JoinToken {
    token: string;
    wsUrl: string;
    app: string;
    room: string;
    identity: string;
    canPublish: boolean;
    canSubscribe: boolean;
    ttlSeconds: number;
}

export interface PublishOptions extends JoinTokenOptions {
    /** shows the local camera */
    preview?: HTMLVideoElement;
    audio?: boolean;
    video?: boolean;
}

export interface Publisher {
    readonly room: string;
    readonly identity: string;
    stop(): Promise<void>;
}

export interface PlaybackStats {
    protocol: 'webrtc' | 'hls';
    p2p: boolean;
    p2pBytes: number;
    httpBytes: number;
    peers: number;
    viewers: number | null;
}

export interface PlayOptions {
    /** force HLS even when the router plans WebRTC */
    protocol?: 'hls';
    /** how often byte counters are posted (default 5000 ms) */
    statsEveryMs?: number;
}

export interface Playback {
    readonly plan: PlaybackPlan;
    stats(): PlaybackStats;
    stop(): void;
}

export interface StreamHubEvents {
    connected: { room: string; identity: string };
    published: { room: string; kind: 'audio' | 'video' };
    playing: { room: string; protocol: 'webrtc' | 'hls' };
    viewers: { room: string; count: number };
    disconnected: { room: string; reason: string };
    error: { room: string; message: string };
}

export declare class StreamHubError extends Error {
    readonly status: number;
    readonly code: string;
    constructor(message: string, status: number, code: string);
}

export declare class StreamHub {
    constructor(options: StreamHubOptions);
    readonly app: string;
    /** Subscribes to an event; returns the unsubscribe function. */
    on<K extends keyof StreamHubEvents>(event: K, listener: (event: StreamHubEvents[K]) => void): () => void;
    /** POST /api/v1/apps/{app}/tokens (needs options.token). */
    joinToken(room: string, opts?: JoinTokenOptions): Promise<JoinToken>;
    /** GET /api/v1/apps/{app}/playback/{room}. */
    playbackPlan(room: string, role?: 'viewer' | 'interactive'): Promise<PlaybackPlan>;
    /** Joins with a publish token and publishes camera and microphone. */
    publishCamera(room: string, opts?: PublishOptions): Promise<Publisher>;
    /** Plays the room (WebRTC or HLS, P2P when offered) in the element; {protocol: 'hls'} forces HLS. */
    play(room: string, element: HTMLVideoElement, opts?: PlayOptions): Promise<Playback>;
}

export default StreamHub;
