// StreamHub browser SDK (/sdk/streamhub-adaptor.global.js as window.StreamHubAdaptor, /sdk/streamhub-adaptor.mjs,
// types in /sdk/streamhub-adaptor.d.ts): join tokens from StreamHub, publish a camera, play a room, events.
import { Counters } from '../counters';
import { fetchPlan, postStats, type ApiOptions, type PlaybackPlan } from '../plan';

export type { PlaybackPlan };

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
    /** a publisher connected to its room */
    connected: { room: string; identity: string };
    /** a local track is live */
    published: { room: string; kind: 'audio' | 'video' };
    /** playback started showing pictures */
    playing: { room: string; protocol: 'webrtc' | 'hls' };
    /** participant count of a WebRTC room (LiveKit's count) */
    viewers: { room: string; count: number };
    /** the room ended or the connection was lost */
    disconnected: { room: string; reason: string };
    error: { room: string; message: string };
}

type Listener<K extends keyof StreamHubEvents> = (event: StreamHubEvents[K]) => void;

export class StreamHubError extends Error {
    constructor(
        message: string,
        readonly status: number,
        readonly code: string,
    ) {
        super(message);
        this.name = 'StreamHubError';
    }
}

export class StreamHub {
    private readonly api: ApiOptions;
    private readonly listeners = new Map<string, Set<(e: unknown) => void>>();

    constructor(private readonly options: StreamHubOptions) {
        if (!options || !options.app) throw new Error('StreamHub: options.app is required');
        this.api = { baseUrl: (options.baseUrl || '').replace(/\/+$/, ''), token: options.token };
    }

    get app(): string {
        return this.options.app;
    }

    /** Subscribes to an event; returns the unsubscribe function. */
    on<K extends keyof StreamHubEvents>(event: K, listener: Listener<K>): () => void {
        if (!this.listeners.has(event)) this.listeners.set(event, new Set());
        const set = this.listeners.get(event)!;
        set.add(listener as (e: unknown) => void);
        return () => set.delete(listener as (e: unknown) => void);
    }

    private emit<K extends keyof StreamHubEvents>(event: K, payload: StreamHubEvents[K]): void {
        for (const l of this.listeners.get(event) || []) {
            try {
                l(payload);
            } catch (e) {
                console.error('StreamHub listener failed', e);
            }
        }
    }

    /** POST /api/v1/apps/{app}/tokens: a LiveKit join token (needs options.token). */
    async joinToken(room: string, opts: JoinTokenOptions = {}): Promise<JoinToken> {
        const res = await fetch(`${this.api.baseUrl}/api/v1/apps/${encodeURIComponent(this.app)}/tokens`, {
            method: 'POST',
            headers: {
                'Content-Type': 'application/json',
                Accept: 'application/json',
                ...(this.api.token ? { Authorization: `Bearer ${this.api.token}` } : {}),
            },
            body: JSON.stringify({ room, ...opts }),
        });
        const body = await res.json().catch(() => ({}));
        if (!res.ok) {
            throw new StreamHubError(body?.error?.message || `HTTP ${res.status}`, res.status, body?.error?.code || 'error');
        }
        return body.data as JoinToken;
    }

    /** GET /api/v1/apps/{app}/playback/{room}: how this viewer should play the room. */
    async playbackPlan(room: string, role: 'viewer' | 'interactive' = 'viewer'): Promise<PlaybackPlan> {
        const r = await fetchPlan(this.app, room, this.api, role);
        if (!r.ok) {
            const status = r.failure.kind === 'not_found' ? 404 : r.failure.kind === 'private' ? 401 : 0;
            throw new StreamHubError(r.failure.message, status, r.failure.kind);
        }
        return r.plan;
    }

    /** Joins the room with a publish token and publishes the camera (and microphone). */
    async publishCamera(room: string, opts: PublishOptions = {}): Promise<Publisher> {
        const { preview, audio = true, video = true, ...tokenOpts } = opts;
        const jt = await this.joinToken(room, { canPublish: true, canSubscribe: false, ...tokenOpts });
        const { Room, RoomEvent, Track, DisconnectReason } = await import('livekit-client');
        const lk = new Room();
        // LiveKit's reason by name (PARTICIPANT_REMOVED, ROOM_DELETED, ...), not its number
        const reasonName = (reason?: number) => reason === undefined ? 'disconnected'
            : (DisconnectReason as unknown as Record<number, string | undefined>)[reason] ?? String(reason);
        lk.on(RoomEvent.Disconnected, (reason) => this.emit('disconnected', { room, reason: reasonName(reason) }));
        lk.on(RoomEvent.LocalTrackPublished, (pub) => {
            const kind = pub.kind === Track.Kind.Audio ? 'audio' : 'video';
            if (kind === 'video' && preview && pub.track) pub.track.attach(preview);
            this.emit('published', { room, kind });
        });
        try {
            await lk.connect(jt.wsUrl, jt.token);
            this.emit('connected', { room, identity: lk.localParticipant.identity });
            if (video) await lk.localParticipant.setCameraEnabled(true);
            if (audio) await lk.localParticipant.setMicrophoneEnabled(true);
        } catch (e) {
            this.emit('error', { room, message: (e as Error).message });
            await lk.disconnect();
            throw e;
        }
        return {
            room,
            identity: lk.localParticipant.identity,
            stop: async () => {
                await lk.disconnect();
            },
        };
    }

    /**
     * Plays the room in the video element as the viewer router says (WebRTC or HLS, P2P when offered);
     * `protocol: 'hls'` forces HLS (the plan's URL, else the origin's /hls/<app>/<room>/index.m3u8).
     */
    async play(room: string, element: HTMLVideoElement, opts: PlayOptions = {}): Promise<Playback> {
        let plan = await this.playbackPlan(room);
        if (opts.protocol === 'hls' && plan.protocol !== 'hls') {
            const origin = `${this.api.baseUrl || location.origin}/hls/${encodeURIComponent(this.app)}/${encodeURIComponent(room)}/index.m3u8`;
            plan = { ...plan, protocol: 'hls', hls: plan.hls ?? { url: origin, provider: 'none' } };
        }
        if (!plan.live) throw new StreamHubError('the stream is offline', 409, 'offline');
        const counters = new Counters();
        let viewers: number | null = null;
        let handle: { destroy(): void };
        const onError = (message: string) => this.emit('error', { room, message });
        if (plan.protocol === 'webrtc' && plan.webrtc) {
            const { playWebRtc } = await import('../webrtc');
            handle = await playWebRtc(element, plan, {
                onViewers: (count) => {
                    viewers = count;
                    this.emit('viewers', { room, count });
                },
                onPlaying: () => this.emit('playing', { room, protocol: 'webrtc' }),
                onEnded: (reason) => this.emit('disconnected', { room, reason }),
                log: () => {},
            });
        } else if (plan.hls) {
            const { playHls } = await import('../hls');
            handle = playHls(element, plan, counters, {
                onFatal: onError,
                onPlaying: () => this.emit('playing', { room, protocol: 'hls' }),
                log: () => {},
            });
        } else {
            throw new StreamHubError('the playback plan has nothing to play', 0, 'error');
        }
        const viewerId = globalThis.crypto?.randomUUID?.() ?? `v-${Date.now().toString(36)}`;
        const timer = plan.protocol === 'hls'
            ? window.setInterval(() => {
                  if (counters.p2pBytes + counters.httpBytes > 0) {
                      void postStats(this.app, room, this.api, { viewerId, p2pBytes: counters.p2pBytes, httpBytes: counters.httpBytes });
                  }
              }, opts.statsEveryMs ?? 5000)
            : 0;
        return {
            plan,
            stats: () => ({
                protocol: plan.protocol,
                p2p: !!plan.p2p,
                p2pBytes: counters.p2pBytes,
                httpBytes: counters.httpBytes,
                peers: counters.peers,
                viewers,
            }),
            stop: () => {
                window.clearInterval(timer);
                handle.destroy();
            },
        };
    }
}

export default StreamHub;
